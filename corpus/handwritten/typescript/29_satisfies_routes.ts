const routes = {
  home: "/",
  post: "/posts/:slug",
  tag: "/tags/:tag/page/:page",
} as const satisfies Record<string, `/${string}`>;

type Params<S extends string> = S extends `${string}:${infer P}/${infer Rest}`
  ? { [K in P | keyof Params<`/${Rest}`>]: string }
  : S extends `${string}:${infer P}`
    ? { [K in P]: string }
    : {};

export function href<K extends keyof typeof routes>(name: K, params: Params<(typeof routes)[K]>): string {
  return routes[name].replace(/:(\w+)/g, (_, k: string) => encodeURIComponent((params as Record<string, string>)[k]));
}
