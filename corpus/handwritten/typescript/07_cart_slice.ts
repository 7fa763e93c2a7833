import { createSlice, createSelector, PayloadAction } from '@reduxjs/toolkit';
import type { RootState } from '../store';

export interface CartItem {
  sku: string;
  title: string;
  price: number;
  qty: number;
}

interface CartState {
  items: Record<string, CartItem>;
  coupon: string | null;
}

const initialState: CartState = { items: {}, coupon: null };

const cartSlice = createSlice({
  name: 'cart',
  initialState,
  reducers: {
    addItem(state, action: PayloadAction<Omit<CartItem, 'qty'>>) {
      const existing = state.items[action.payload.sku];
      if (existing) {
        existing.qty += 1;
      } else {
        state.items[action.payload.sku] = { ...action.payload, qty: 1 };
      }
    },
    setQty(state, action: PayloadAction<{ sku: string; qty: number }>) {
      const { sku, qty } = action.payload;
      if (qty <= 0) delete state.items[sku];
      else if (state.items[sku]) state.items[sku].qty = qty;
    },
    applyCoupon(state, action: PayloadAction<string>) {
      state.coupon = action.payload.trim().toUpperCase();
    },
    clear: () => initialState,
  },
});

export const { addItem, setQty, applyCoupon, clear } = cartSlice.actions;
export default cartSlice.reducer;

const selectItems = (s: RootState) => s.cart.items;

export const selectCartLines = createSelector(selectItems, (items) => Object.values(items));

export const selectCartTotal = createSelector(selectCartLines, (lines) =>
  lines.reduce((acc, l) => acc + l.price * l.qty, 0),
);
