import { describe, expect, it, jest, beforeEach } from '@jest/globals';

// ---- unit under test (inline for the sake of the example) ----------------

export interface LineItem {
  sku: string;
  unitPrice: number;
  qty: number;
  category: 'food' | 'books' | 'general';
}

export type Discount =
  | { kind: 'percent'; value: number }
  | { kind: 'fixed'; value: number }
  | { kind: 'bogo'; sku: string };

export interface TaxTable {
  rateFor(category: LineItem['category']): number;
}

export function calculateTotal(items: readonly LineItem[], taxes: TaxTable, discount?: Discount): number {
  let subtotal = 0;
  let tax = 0;
  for (const item of items) {
    let qty = item.qty;
    if (discount?.kind === 'bogo' && discount.sku === item.sku) qty -= Math.floor(item.qty / 2);
    const line = item.unitPrice * qty;
    subtotal += line;
    tax += line * taxes.rateFor(item.category);
  }
  if (discount?.kind === 'percent') subtotal *= 1 - discount.value / 100;
  if (discount?.kind === 'fixed') subtotal = Math.max(0, subtotal - discount.value);
  return Math.round((subtotal + tax) * 100) / 100;
}

// ---- tests ---------------------------------------------------------------

describe('calculateTotal', () => {
  let taxes: jest.Mocked<TaxTable>;

  const item = (overrides: Partial<LineItem> = {}): LineItem => ({
    sku: 'SKU-1',
    unitPrice: 10,
    qty: 1,
    category: 'general',
    ...overrides,
  });

  beforeEach(() => {
    taxes = { rateFor: jest.fn((c: LineItem['category']) => (c === 'food' ? 0 : 0.2)) };
  });

  it('returns zero for an empty cart', () => {
    expect(calculateTotal([], taxes)).toBe(0);
    expect(taxes.rateFor).not.toHaveBeenCalled();
  });

  it('applies category tax rates', () => {
    const total = calculateTotal([item(), item({ sku: 'F', category: 'food', unitPrice: 5 })], taxes);
    expect(total).toBe(17);
    expect(taxes.rateFor).toHaveBeenCalledWith('food');
  });

  it.each<[Discount, number]>([
    [{ kind: 'percent', value: 50 }, 7],
    [{ kind: 'fixed', value: 3 }, 9],
    [{ kind: 'fixed', value: 100 }, 2],
  ])('handles %o discount', (discount, expected) => {
    expect(calculateTotal([item()], taxes, discount)).toBe(expected);
  });

  it('gives every second unit free for bogo', () => {
    const total = calculateTotal([item({ qty: 5 })], taxes, { kind: 'bogo', sku: 'SKU-1' });
    expect(total).toBeCloseTo(36, 5);
  });
});
