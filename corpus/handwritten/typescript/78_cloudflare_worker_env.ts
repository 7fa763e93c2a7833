export interface Env {
  IMAGES: R2Bucket;
  RATE_LIMIT: KVNamespace;
  ALLOWED_ORIGINS: string;
}

const MAX_BYTES = 5 * 1024 * 1024;

function cors(origin: string | null, env: Env): HeadersInit {
  const allowed = env.ALLOWED_ORIGINS.split(',').map((s) => s.trim());
  return origin && allowed.includes(origin)
    ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Methods': 'GET, PUT', Vary: 'Origin' }
    : {};
}

async function limited(env: Env, ip: string): Promise<boolean> {
  const key = `rl:${ip}:${Math.floor(Date.now() / 60_000)}`;
  const n = Number((await env.RATE_LIMIT.get(key)) ?? 0);
  if (n >= 30) return true;
  await env.RATE_LIMIT.put(key, String(n + 1), { expirationTtl: 120 });
  return false;
}

export default {
  async fetch(request, env, ctx): Promise<Response> {
    const url = new URL(request.url);
    const headers = cors(request.headers.get('Origin'), env);
    const key = url.pathname.slice(1);

    if (request.method === 'OPTIONS') return new Response(null, { headers });

    if (request.method === 'PUT') {
      const ip = request.headers.get('CF-Connecting-IP') ?? 'unknown';
      if (await limited(env, ip)) return new Response('Too many uploads', { status: 429, headers });
      const size = Number(request.headers.get('Content-Length') ?? 0);
      if (!size || size > MAX_BYTES) return new Response('Bad size', { status: 413, headers });
      const type = request.headers.get('Content-Type') ?? '';
      if (!/^image\/(png|jpeg|webp|gif)$/.test(type)) return new Response('Unsupported type', { status: 415, headers });
      await env.IMAGES.put(key, request.body, { httpMetadata: { contentType: type } });
      return new Response(null, { status: 201, headers });
    }

    if (request.method === 'GET') {
      const cache = caches.default;
      const hit = await cache.match(request);
      if (hit) return hit;
      const obj = await env.IMAGES.get(key);
      if (!obj) return new Response('Not found', { status: 404, headers });
      const res = new Response(obj.body, {
        headers: {
          ...headers,
          'Content-Type': obj.httpMetadata?.contentType ?? 'application/octet-stream',
          'Cache-Control': 'public, max-age=86400, immutable',
          ETag: obj.httpEtag,
        },
      });
      ctx.waitUntil(cache.put(request, res.clone()));
      return res;
    }

    return new Response('Method not allowed', { status: 405, headers: { ...headers, Allow: 'GET, PUT, OPTIONS' } });
  },
} satisfies ExportedHandler<Env>;
