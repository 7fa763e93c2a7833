import { Pipe, PipeTransform } from '@angular/core';

type CurrencyCode = 'USD' | 'EUR' | 'GBP' | 'JPY';

@Pipe({ name: 'compactCurrency', standalone: true })
export class CompactCurrencyPipe implements PipeTransform {
  private readonly cache = new Map<string, Intl.NumberFormat>();

  transform(value: number | null | undefined, code: CurrencyCode = 'USD', locale = 'en-US'): string {
    if (value == null || Number.isNaN(value)) return '—';
    const key = `${locale}:${code}`;
    let fmt = this.cache.get(key);
    if (!fmt) {
      fmt = new Intl.NumberFormat(locale, { style: 'currency', currency: code, notation: 'compact' });
      this.cache.set(key, fmt);
    }
    return fmt.format(value);
  }
}
