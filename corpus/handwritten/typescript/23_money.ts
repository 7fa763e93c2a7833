declare const brand: unique symbol;
type Brand<T, B> = T & { readonly [brand]: B };

export type Cents = Brand<number, 'Cents'>;
export type CurrencyCode = 'EUR' | 'USD' | 'JPY' | 'CHF';

const minorUnits: Record<CurrencyCode, number> = { EUR: 2, USD: 2, JPY: 0, CHF: 2 };

export interface Money {
  readonly amount: Cents;
  readonly currency: CurrencyCode;
}

export const money = (amount: number, currency: CurrencyCode): Money => ({
  amount: Math.round(amount * 10 ** minorUnits[currency]) as Cents,
  currency,
});

export function add(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new TypeError(`currency mismatch: ${a.currency} vs ${b.currency}`);
  return { amount: (a.amount + b.amount) as Cents, currency: a.currency };
}

export function allocate(m: Money, ratios: readonly number[]): Money[] {
  const total = ratios.reduce((s, r) => s + r, 0);
  let remainder = m.amount as number;
  const parts = ratios.map((r) => {
    const share = Math.floor((m.amount * r) / total);
    remainder -= share;
    return share;
  });
  for (let i = 0; remainder > 0; i++, remainder--) parts[i % parts.length]++;
  return parts.map((p) => ({ amount: p as Cents, currency: m.currency }));
}

export function format(m: Money, locale = 'de-DE'): string {
  const digits = minorUnits[m.currency];
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.amount / 10 ** digits);
}
