import { createEntityAdapter, type EntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { InvoicesActions, type Invoice } from './invoices.effects';

export interface InvoicesState extends EntityState<Invoice> {
  loaded: boolean;
  loading: boolean;
  error: string | null;
  pendingPayments: ReadonlyArray<string>;
}

const adapter: EntityAdapter<Invoice> = createEntityAdapter<Invoice>({
  selectId: (i) => i.id,
  sortComparer: (a, b) => b.amount - a.amount,
});

const initialState: InvoicesState = adapter.getInitialState({
  loaded: false,
  loading: false,
  error: null,
  pendingPayments: [],
});

export const invoicesFeature = createFeature({
  name: 'invoices',
  reducer: createReducer(
    initialState,
    on(InvoicesActions.load, (state): InvoicesState => ({ ...state, loading: true, error: null })),
    on(InvoicesActions.loadSuccess, (state, { invoices }) =>
      adapter.upsertMany(invoices, { ...state, loading: false, loaded: true }),
    ),
    on(InvoicesActions.loadFailure, (state, { error }): InvoicesState => ({ ...state, loading: false, error })),
    on(InvoicesActions.markPaid, (state, { id }): InvoicesState => ({
      ...state,
      pendingPayments: [...state.pendingPayments, id],
    })),
    on(InvoicesActions.markPaidSuccess, (state, { invoice }) =>
      adapter.updateOne(
        { id: invoice.id, changes: invoice },
        { ...state, pendingPayments: state.pendingPayments.filter((p) => p !== invoice.id) },
      ),
    ),
    on(InvoicesActions.markPaidFailure, (state, { id }): InvoicesState => ({
      ...state,
      pendingPayments: state.pendingPayments.filter((p) => p !== id),
    })),
  ),
  extraSelectors: ({ selectInvoicesState, selectPendingPayments }) => {
    const { selectAll, selectTotal } = adapter.getSelectors(selectInvoicesState);
    const selectOutstanding = createSelector(selectAll, (all) => all.filter((i) => i.status !== 'paid'));
    return {
      selectAll,
      selectTotal,
      selectOutstanding,
      selectOutstandingAmount: createSelector(selectOutstanding, (list) => list.reduce((s, i) => s + i.amount, 0)),
      selectIsPaying: (id: string) => createSelector(selectPendingPayments, (p) => p.includes(id)),
    };
  },
});

export const { selectAll: selectAllInvoices, selectOutstandingAmount, selectLoading } = invoicesFeature;
