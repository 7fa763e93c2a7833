const en = {
  greeting: 'Hello, {name}!',
  cart: {
    empty: 'Your cart is empty',
    items: '{count} items in your cart',
    checkout: 'Checkout',
  },
  errors: {
    network: 'Network error. Please try again.',
    notFound: 'We could not find that page.',
  },
} as const;

type Messages = typeof en;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

type MessageKey = Leaves<Messages>;

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type Lookup<T, K extends string> = K extends `${infer Head}.${infer Tail}`
  ? Head extends keyof T ? Lookup<T[Head], Tail> : never
  : K extends keyof T ? T[K] : never;

type Params<K extends MessageKey> = Placeholders<Lookup<Messages, K> & string> extends never
  ? []
  : [params: Record<Placeholders<Lookup<Messages, K> & string>, string | number>];

type Dictionary = { [K in keyof Messages]: Messages[K] extends string ? string : { [P in keyof Messages[K]]: string } };

const de: Dictionary = {
  greeting: 'Hallo, {name}!',
  cart: { empty: 'Dein Warenkorb ist leer', items: '{count} Artikel im Warenkorb', checkout: 'Zur Kasse' },
  errors: { network: 'Netzwerkfehler. Bitte erneut versuchen.', notFound: 'Seite nicht gefunden.' },
};

const dictionaries = { en, de } satisfies Record<string, Dictionary>;
export type Locale = keyof typeof dictionaries;

export function createT(locale: Locale) {
  const dict = dictionaries[locale] as Dictionary;
  return function t<K extends MessageKey>(key: K, ...[params]: Params<K>): string {
    const template = key.split('.').reduce<any>((node, part) => node?.[part], dict) as string | undefined;
    if (template === undefined) return key;
    return template.replace(/\{(\w+)\}/g, (_, name: string) =>
      String((params as Record<string, unknown> | undefined)?.[name] ?? `{${name}}`),
    );
  };
}

const t = createT('de');
t('greeting', { name: 'Jonas' });
t('cart.items', { count: 3 });
t('errors.network');
// t('cart.total');              // error: not a key
// t('greeting');                // error: missing { name }
