export interface ApiErrorBody {
  code: string;
  message: string;
  details?: Record<string, string[]>;
}

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: ApiErrorBody | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions<B> {
  body?: B;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  headers?: HeadersInit;
}

export interface Paginated<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

export class HttpClient {
  private token: string | null = null;

  constructor(private readonly baseUrl: string, private readonly fetchImpl: typeof fetch = fetch) {}

  setToken(token: string | null): void {
    this.token = token;
  }

  private buildUrl(path: string, query?: RequestOptions<unknown>['query']): string {
    const url = new URL(path.replace(/^\//, ''), this.baseUrl.endsWith('/') ? this.baseUrl : this.baseUrl + '/');
    if (query) {
      for (const [k, v] of Object.entries(query)) {
        if (v !== undefined) url.searchParams.set(k, String(v));
      }
    }
    return url.toString();
  }

  async request<R, B = undefined>(method: Method, path: string, opts: RequestOptions<B> = {}): Promise<R> {
    const headers = new Headers(opts.headers);
    headers.set('Accept', 'application/json');
    if (opts.body !== undefined) headers.set('Content-Type', 'application/json');
    if (this.token) headers.set('Authorization', `Bearer ${this.token}`);

    const res = await this.fetchImpl(this.buildUrl(path, opts.query), {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });

    if (res.status === 204) return undefined as R;

    const text = await res.text();
    const data = text ? JSON.parse(text) : null;
    if (!res.ok) throw new ApiError(res.status, data as ApiErrorBody | null);
    return data as R;
  }

  get<R>(path: string, query?: RequestOptions<never>['query'], signal?: AbortSignal) {
    return this.request<R>('GET', path, { query, signal });
  }

  post<R, B>(path: string, body: B) {
    return this.request<R, B>('POST', path, { body });
  }

  async *paginate<T>(path: string, pageSize = 50): AsyncGenerator<T, void, undefined> {
    let cursor: string | null = null;
    do {
      const page: Paginated<T> = await this.get<Paginated<T>>(path, { limit: pageSize, cursor: cursor ?? undefined });
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }
}

export interface Invoice {
  id: string;
  number: string;
  amountCents: number;
  currency: 'EUR' | 'USD' | 'GBP';
  paidAt: string | null;
}

export async function unpaidTotal(client: HttpClient): Promise<number> {
  let total = 0;
  for await (const inv of client.paginate<Invoice>('/invoices')) {
    if (!inv.paidAt) total += inv.amountCents;
  }
  return total / 100;
}

export interface Customer {
  id: string;
  name: string;
  email: string;
  vatId?: string;
}

type CreateInput<T extends { id: string }> = Omit<T, 'id'>;
type UpdateInput<T extends { id: string }> = Partial<CreateInput<T>>;

export class Resource<T extends { id: string }> {
  constructor(private readonly client: HttpClient, private readonly path: string) {}

  list(query?: Record<string, string | number | boolean | undefined>): Promise<Paginated<T>> {
    return this.client.get<Paginated<T>>(this.path, query);
  }

  get(id: string, signal?: AbortSignal): Promise<T> {
    return this.client.get<T>(`${this.path}/${encodeURIComponent(id)}`, undefined, signal);
  }

  create(input: CreateInput<T>): Promise<T> {
    return this.client.post<T, CreateInput<T>>(this.path, input);
  }

  update(id: string, patch: UpdateInput<T>): Promise<T> {
    return this.client.request<T, UpdateInput<T>>('PATCH', `${this.path}/${encodeURIComponent(id)}`, { body: patch });
  }

  remove(id: string): Promise<void> {
    return this.client.request<void>('DELETE', `${this.path}/${encodeURIComponent(id)}`);
  }

  all(pageSize?: number): AsyncGenerator<T, void, undefined> {
    return this.client.paginate<T>(this.path, pageSize);
  }
}

export function createApi(baseUrl: string, token?: string) {
  const http = new HttpClient(baseUrl);
  if (token) http.setToken(token);
  return {
    http,
    invoices: new Resource<Invoice>(http, '/invoices'),
    customers: new Resource<Customer>(http, '/customers'),
  } as const;
}
