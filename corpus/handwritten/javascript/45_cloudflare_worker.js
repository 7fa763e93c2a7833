/**
 * Short-link redirector running on Cloudflare Workers.
 * KV namespace LINKS maps slug -> target URL; ADMIN_TOKEN is a secret.
 */
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    const slug = url.pathname.slice(1);

    if (request.method === "POST" && url.pathname === "/_admin/links") {
      if (request.headers.get("Authorization") !== `Bearer ${env.ADMIN_TOKEN}`) {
        return new Response("Unauthorized", { status: 401 });
      }
      const { slug: newSlug, target } = await request.json();
      if (!/^[a-z0-9-]{2,32}$/.test(newSlug) || !URL.canParse(target)) {
        return Response.json({ error: "invalid slug or target" }, { status: 400 });
      }
      await env.LINKS.put(newSlug, target);
      return Response.json({ slug: newSlug, target }, { status: 201 });
    }

    if (!slug) return Response.redirect("https://example.org", 302);

    const target = await env.LINKS.get(slug, { cacheTtl: 300 });
    if (!target) return new Response("No such link", { status: 404 });

    // count hits in the background; eventual consistency is fine here
    ctx.waitUntil(
      (async () => {
        const hits = Number((await env.LINKS.get(`hits:${slug}`)) ?? 0);
        await env.LINKS.put(`hits:${slug}`, String(hits + 1));
      })(),
    );
    return Response.redirect(target, 301);
  },
};
