type Locale = 'en' | 'de' | 'pl' | 'ja';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Messages = {
  [key: string]: string | PluralForms;
};

const catalog = {
  en: {
    greeting: 'Hello, {name}!',
    cartItems: { one: '{count} item in your cart', other: '{count} items in your cart' },
    unread: { zero: 'No new messages', one: 'One new message', other: '{count} new messages' },
  },
  de: {
    greeting: 'Hallo, {name}!',
    cartItems: { one: '{count} Artikel im Warenkorb', other: '{count} Artikel im Warenkorb' },
    unread: { one: 'Eine neue Nachricht', other: '{count} neue Nachrichten' },
  },
  pl: {
    greeting: 'Cześć, {name}!',
    cartItems: {
      one: '{count} produkt w koszyku',
      few: '{count} produkty w koszyku',
      many: '{count} produktów w koszyku',
      other: '{count} produktu w koszyku',
    },
    unread: { one: 'Jedna nowa wiadomość', few: '{count} nowe wiadomości', other: '{count} nowych wiadomości' },
  },
  ja: {
    greeting: 'こんにちは、{name}さん！',
    cartItems: { other: 'カートに{count}個の商品' },
    unread: { other: '新着メッセージ{count}件' },
  },
} as const satisfies Record<Locale, Messages>;

type Catalog = (typeof catalog)['en'];
export type MessageKey = keyof Catalog;

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

type ParamsFor<K extends MessageKey> = Catalog[K] extends string
  ? Record<Placeholders<Catalog[K]>, string | number>
  : { count: number } & Record<string, string | number>;

const pluralRules = new Map<Locale, Intl.PluralRules>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let r = pluralRules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    pluralRules.set(locale, r);
  }
  return r;
}

function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function t<K extends MessageKey>(locale: Locale, key: K, params: ParamsFor<K>): string {
  const entry = (catalog[locale] as Messages)[key] ?? (catalog.en as Messages)[key];
  if (typeof entry === 'string') return interpolate(entry, params);
  const count = (params as { count: number }).count;
  const form = count === 0 && entry.zero ? 'zero' : rulesFor(locale).select(count);
  return interpolate(entry[form] ?? entry.other, params);
}

console.log(t('pl', 'cartItems', { count: 3 }));
console.log(t('en', 'greeting', { name: 'Ada' }));
