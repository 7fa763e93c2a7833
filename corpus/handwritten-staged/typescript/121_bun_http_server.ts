import { Database } from "bun:sqlite";

type Handler = (req: Request, params: Record<string, string>) => Response | Promise<Response>;
type Method = "GET" | "POST" | "DELETE";

interface Route {
  method: Method;
  pattern: URLPattern;
  handler: Handler;
}

interface Link {
  slug: string;
  url: string;
  hits: number;
}

const db = new Database(Bun.env.DB_PATH ?? "links.sqlite", { create: true });
db.run("CREATE TABLE IF NOT EXISTS links (slug TEXT PRIMARY KEY, url TEXT NOT NULL, hits INTEGER NOT NULL DEFAULT 0)");

const routes: Route[] = [];
const on = (method: Method, path: string, handler: Handler): void => {
  routes.push({ method, pattern: new URLPattern({ pathname: path }), handler });
};

const json = (data: unknown, status = 200): Response =>
  new Response(JSON.stringify(data), { status, headers: { "content-type": "application/json" } });

on("GET", "/api/links", () => json(db.query<Link, []>("SELECT * FROM links ORDER BY hits DESC").all()));

on("POST", "/api/links", async (req) => {
  const body = (await req.json().catch(() => null)) as Partial<Link> | null;
  if (!body?.url || !URL.canParse(body.url)) return json({ error: "invalid url" }, 400);
  const slug = body.slug ?? crypto.randomUUID().slice(0, 7);
  try {
    db.query("INSERT INTO links (slug, url) VALUES (?, ?)").run(slug, body.url);
  } catch {
    return json({ error: "slug taken" }, 409);
  }
  return json({ slug, url: body.url }, 201);
});

on("DELETE", "/api/links/:slug", (_req, { slug }) => {
  const res = db.query("DELETE FROM links WHERE slug = ?").run(slug!);
  return res.changes > 0 ? new Response(null, { status: 204 }) : json({ error: "not found" }, 404);
});

on("GET", "/:slug", (_req, { slug }) => {
  const link = db.query<Link, [string]>("SELECT * FROM links WHERE slug = ?").get(slug!);
  if (!link) return new Response("Not found", { status: 404 });
  db.query("UPDATE links SET hits = hits + 1 WHERE slug = ?").run(link.slug);
  return Response.redirect(link.url, 302);
});

const server = Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  async fetch(req: Request): Promise<Response> {
    for (const route of routes) {
      if (route.method !== req.method) continue;
      const match = route.pattern.exec(req.url);
      if (match) {
        const params = match.pathname.groups as Record<string, string>;
        return route.handler(req, params);
      }
    }
    return json({ error: "no route" }, 404);
  },
  error(err: Error): Response {
    console.error(err);
    return json({ error: "internal" }, 500);
  },
});

console.log(`listening on http://localhost:${server.port}`);
