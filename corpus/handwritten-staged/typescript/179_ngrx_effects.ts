import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { createActionGroup, emptyProps, props, Store } from '@ngrx/store';
import { catchError, concatLatestFrom, exhaustMap, map, mergeMap, of, tap } from 'rxjs';
import { MatSnackBar } from '@angular/material/snack-bar';

export interface Invoice {
  id: string;
  customer: string;
  amount: number;
  status: 'draft' | 'sent' | 'paid';
}

export const InvoicesActions = createActionGroup({
  source: 'Invoices',
  events: {
    'Load': emptyProps(),
    'Load Success': props<{ invoices: Invoice[] }>(),
    'Load Failure': props<{ error: string }>(),
    'Mark Paid': props<{ id: string }>(),
    'Mark Paid Success': props<{ invoice: Invoice }>(),
    'Mark Paid Failure': props<{ id: string; error: string }>(),
  },
});

const selectLoaded = (state: { invoices: { loaded: boolean } }) => state.invoices.loaded;

@Injectable()
export class InvoicesEffects {
  private readonly actions$ = inject(Actions);
  private readonly http = inject(HttpClient);
  private readonly store = inject(Store);
  private readonly snack = inject(MatSnackBar);

  readonly load$ = createEffect(() =>
    this.actions$.pipe(
      ofType(InvoicesActions.load),
      concatLatestFrom(() => this.store.select(selectLoaded)),
      exhaustMap(([, loaded]) =>
        loaded
          ? of(InvoicesActions.loadSuccess({ invoices: [] }))
          : this.http.get<Invoice[]>('/api/invoices').pipe(
              map((invoices) => InvoicesActions.loadSuccess({ invoices })),
              catchError((e: { message?: string }) => of(InvoicesActions.loadFailure({ error: e.message ?? 'unknown' }))),
            ),
      ),
    ),
  );

  readonly markPaid$ = createEffect(() =>
    this.actions$.pipe(
      ofType(InvoicesActions.markPaid),
      mergeMap(({ id }) =>
        this.http.post<Invoice>(`/api/invoices/${id}/pay`, {}).pipe(
          map((invoice) => InvoicesActions.markPaidSuccess({ invoice })),
          catchError(() => of(InvoicesActions.markPaidFailure({ id, error: 'Payment could not be recorded' }))),
        ),
      ),
    ),
  );

  readonly notifyFailure$ = createEffect(
    () =>
      this.actions$.pipe(
        ofType(InvoicesActions.loadFailure, InvoicesActions.markPaidFailure),
        tap(({ error }) => this.snack.open(error, 'Dismiss', { duration: 5000 })),
      ),
    { dispatch: false },
  );
}
