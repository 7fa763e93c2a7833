// Extract typed params from route strings like "/orgs/:orgId/repos/:repo?"

type Segments<P extends string> = P extends `${infer Head}/${infer Tail}` ? Head | Segments<Tail> : P;

type ParamName<S> = S extends `:${infer Name}?` ? { optional: Name }
  : S extends `:${infer Name}` ? { required: Name }
  : never;

type Required_<P extends string> = ParamName<Segments<P>> extends infer R
  ? R extends { required: infer N extends string } ? N : never
  : never;

type Optional_<P extends string> = ParamName<Segments<P>> extends infer R
  ? R extends { optional: infer N extends string } ? N : never
  : never;

export type RouteParams<P extends string> = { [K in Required_<P>]: string } & { [K in Optional_<P>]?: string };

export function buildPath<P extends string>(pattern: P, params: RouteParams<P>): string {
  return pattern
    .split('/')
    .map((seg) => {
      if (!seg.startsWith(':')) return seg;
      const name = seg.replace(/^:|\?$/g, '');
      const value = (params as Record<string, string | undefined>)[name];
      if (value === undefined) {
        if (seg.endsWith('?')) return null;
        throw new Error(`missing param "${name}" for ${pattern}`);
      }
      return encodeURIComponent(value);
    })
    .filter((s): s is string => s !== null)
    .join('/');
}

type HttpMethod = 'get' | 'post' | 'put' | 'delete';
type EventName<E extends string> = `on${Capitalize<E>}`;
type CssVar<N extends string> = `--${Lowercase<N>}`;
type Endpoint = `${Uppercase<HttpMethod>} /${string}`;

const endpoints: Endpoint[] = ['GET /users', 'POST /users', 'DELETE /users/:id'];
const handler: EventName<'click'> = 'onClick';
const accent: CssVar<'Accent'> = '--accent';

buildPath('/orgs/:orgId/repos/:repo?', { orgId: 'acme' });
buildPath('/orgs/:orgId/repos/:repo?', { orgId: 'acme', repo: 'web' });
// buildPath('/orgs/:orgId', {}); // error: property 'orgId' is missing

export { endpoints, handler, accent };
