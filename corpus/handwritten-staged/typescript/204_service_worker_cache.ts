/// <reference lib="webworker" />
/* Service worker: precache the app shell, then apply per-route strategies. */

declare const self: ServiceWorkerGlobalScope;
declare const __PRECACHE_MANIFEST__: ReadonlyArray<{ url: string; revision: string }>;

const VERSION = 'v7';
const SHELL_CACHE = `shell-${VERSION}`;
const RUNTIME_CACHE = `runtime-${VERSION}`;
const API_CACHE = `api-${VERSION}`;
const KNOWN_CACHES: ReadonlySet<string> = new Set([SHELL_CACHE, RUNTIME_CACHE, API_CACHE]);

type Strategy = (event: FetchEvent) => Promise<Response>;

interface RouteRule {
  readonly match: (url: URL, req: Request) => boolean;
  readonly strategy: Strategy;
}

const OFFLINE_FALLBACK = '/offline.html';

// --- strategies ----------------------------------------------------------------

function cacheFirst(cacheName: string, maxAgeSeconds?: number): Strategy {
  return async ({ request }) => {
    const cache = await caches.open(cacheName);
    const cached = await cache.match(request);
    if (cached && !isExpired(cached, maxAgeSeconds)) return cached;
    const response = await fetch(request);
    if (response.ok) await cache.put(request, stampResponse(response.clone()));
    return response;
  };
}

function networkFirst(cacheName: string, timeoutMs = 3000): Strategy {
  return async ({ request }) => {
    const cache = await caches.open(cacheName);
    try {
      const response = await Promise.race([
        fetch(request),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
      ]);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (err) {
      const cached = await cache.match(request);
      if (cached) return cached;
      throw err;
    }
  };
}

function staleWhileRevalidate(cacheName: string): Strategy {
  return async (event) => {
    const cache = await caches.open(cacheName);
    const cached = await cache.match(event.request);
    const network = fetch(event.request).then(async (res) => {
      if (res.ok) await cache.put(event.request, res.clone());
      return res;
    });
    event.waitUntil(network.catch(() => undefined));
    return cached ?? network;
  };
}

function stampResponse(res: Response): Response {
  const headers = new Headers(res.headers);
  headers.set('sw-cached-at', String(Date.now()));
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

function isExpired(res: Response, maxAgeSeconds?: number): boolean {
  if (!maxAgeSeconds) return false;
  const at = Number(res.headers.get('sw-cached-at') ?? 0);
  return Date.now() - at > maxAgeSeconds * 1000;
}

// --- routing -------------------------------------------------------------------

const rules: RouteRule[] = [
  { match: (url) => url.pathname.startsWith('/api/'), strategy: networkFirst(API_CACHE, 4000) },
  { match: (_url, req) => req.destination === 'image', strategy: cacheFirst(RUNTIME_CACHE, 60 * 60 * 24 * 30) },
  {
    match: (_url, req) => req.destination === 'script' || req.destination === 'style' || req.destination === 'font',
    strategy: staleWhileRevalidate(RUNTIME_CACHE),
  },
];

// --- lifecycle -----------------------------------------------------------------

self.addEventListener('install', (event: ExtendableEvent) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      const urls = [...__PRECACHE_MANIFEST__.map((e) => `${e.url}?__v=${e.revision}`), OFFLINE_FALLBACK];
      await cache.addAll(urls);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => !KNOWN_CACHES.has(n)).map((n) => caches.delete(n)));
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event: FetchEvent) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        try {
          const preloaded = (await event.preloadResponse) as Response | undefined;
          return preloaded ?? (await fetch(request));
        } catch {
          const cache = await caches.open(SHELL_CACHE);
          return (await cache.match(OFFLINE_FALLBACK)) ?? Response.error();
        }
      })(),
    );
    return;
  }

  const rule = rules.find((r) => r.match(url, request));
  if (rule) event.respondWith(rule.strategy(event));
});

type ClientMessage = { type: 'SKIP_WAITING' } | { type: 'CLEAR_API_CACHE' };

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const msg = event.data as ClientMessage;
  switch (msg?.type) {
    case 'SKIP_WAITING':
      void self.skipWaiting();
      break;
    case 'CLEAR_API_CACHE':
      event.waitUntil(caches.delete(API_CACHE));
      break;
  }
});

export {};
