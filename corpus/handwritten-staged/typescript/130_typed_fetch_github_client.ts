/**
 * Minimal typed client for a handful of GitHub REST endpoints.
 * No dependencies: only `fetch`, `URL` and `AbortController`.
 */

export interface GitHubUser {
    login: string;
    id: number;
    avatar_url: string;
    html_url: string;
    type: 'User' | 'Organization' | 'Bot';
}

export interface Repository {
    id: number;
    name: string;
    full_name: string;
    private: boolean;
    owner: GitHubUser;
    description: string | null;
    stargazers_count: number;
    language: string | null;
    default_branch: string;
    pushed_at: string;
}

export interface Issue {
    number: number;
    title: string;
    state: 'open' | 'closed';
    user: GitHubUser;
    labels: Array<{ name: string; color: string }>;
    pull_request?: { url: string };
    created_at: string;
}

interface Endpoints {
    'GET /users/{username}': { params: { username: string }; query: never; response: GitHubUser };
    'GET /users/{username}/repos': {
        params: { username: string };
        query: { sort?: 'created' | 'updated' | 'pushed' | 'full_name'; per_page?: number; page?: number };
        response: Repository[];
    };
    'GET /repos/{owner}/{repo}': { params: { owner: string; repo: string }; query: never; response: Repository };
    'GET /repos/{owner}/{repo}/issues': {
        params: { owner: string; repo: string };
        query: { state?: 'open' | 'closed' | 'all'; labels?: string; per_page?: number; page?: number };
        response: Issue[];
    };
}

type Route = keyof Endpoints;
type RequestArgs<R extends Route> = Endpoints[R]['params'] &
    ([Endpoints[R]['query']] extends [never] ? {} : { query?: Endpoints[R]['query'] });

export class GitHubApiError extends Error {
    constructor(
        readonly status: number,
        readonly route: string,
        readonly body: unknown,
        readonly rateLimitReset?: Date,
    ) {
        super(`GitHub ${route} failed with ${status}`);
        this.name = 'GitHubApiError';
    }

    get isRateLimited(): boolean {
        return this.status === 403 && this.rateLimitReset !== undefined;
    }
}

export interface ClientOptions {
    token?: string;
    baseUrl?: string;
    userAgent?: string;
    timeoutMs?: number;
}

export class GitHubClient {
    private readonly baseUrl: string;
    private readonly headers: Record<string, string>;
    private readonly timeoutMs: number;

    constructor({ token, baseUrl = 'https://api.github.com', userAgent = 'ts-mini-client', timeoutMs = 10_000 }: ClientOptions = {}) {
        this.baseUrl = baseUrl.replace(/\/$/, '');
        this.timeoutMs = timeoutMs;
        this.headers = {
            Accept: 'application/vnd.github+json',
            'User-Agent': userAgent,
            'X-GitHub-Api-Version': '2022-11-28',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
        };
    }

    async request<R extends Route>(route: R, args: RequestArgs<R>): Promise<Endpoints[R]['response']> {
        const [method, template] = route.split(' ') as [string, string];
        const { query, ...params } = args as RequestArgs<R> & { query?: Record<string, string | number | undefined> };

        const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
            const value = (params as Record<string, string>)[name];
            if (value === undefined) throw new TypeError(`missing path param "${name}" for ${route}`);
            return encodeURIComponent(value);
        });

        const url = new URL(this.baseUrl + path);
        for (const [k, v] of Object.entries(query ?? {})) {
            if (v !== undefined) url.searchParams.set(k, String(v));
        }

        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), this.timeoutMs);
        try {
            const res = await fetch(url, { method, headers: this.headers, signal: controller.signal });
            if (!res.ok) {
                const reset = res.headers.get('x-ratelimit-reset');
                throw new GitHubApiError(
                    res.status,
                    route,
                    await res.json().catch(() => null),
                    reset ? new Date(Number(reset) * 1000) : undefined,
                );
            }
            return (await res.json()) as Endpoints[R]['response'];
        } finally {
            clearTimeout(timer);
        }
    }

    async *paginate<R extends 'GET /users/{username}/repos' | 'GET /repos/{owner}/{repo}/issues'>(
        route: R,
        args: RequestArgs<R>,
        maxPages = 10,
    ): AsyncGenerator<Endpoints[R]['response'][number], void, undefined> {
        const base = args as RequestArgs<R> & { query?: { per_page?: number } };
        const perPage = base.query?.per_page ?? 50;
        for (let page = 1; page <= maxPages; page++) {
            const items = await this.request(route, {
                ...base,
                query: { ...base.query, per_page: perPage, page },
            } as RequestArgs<R>);
            for (const item of items as Endpoints[R]['response']) yield item as Endpoints[R]['response'][number];
            if ((items as unknown[]).length < perPage) return;
        }
    }
}

// Example
async function main(): Promise<void> {
    const gh = new GitHubClient({ token: process.env.GITHUB_TOKEN });
    const repo = await gh.request('GET /repos/{owner}/{repo}', { owner: 'microsoft', repo: 'TypeScript' });
    console.log(`${repo.full_name}: ★ ${repo.stargazers_count}`);

    let bugs = 0;
    for await (const issue of gh.paginate('GET /repos/{owner}/{repo}/issues', {
        owner: 'microsoft',
        repo: 'TypeScript',
        query: { state: 'open', labels: 'Bug', per_page: 100 },
    })) {
        if (!issue.pull_request) bugs++;
    }
    console.log(`open bugs (first pages): ${bugs}`);
}

main().catch((err: unknown) => {
    if (err instanceof GitHubApiError && err.isRateLimited) {
        console.error(`rate limited until ${err.rateLimitReset!.toISOString()}`);
    } else {
        console.error(err);
    }
    process.exitCode = 1;
});
