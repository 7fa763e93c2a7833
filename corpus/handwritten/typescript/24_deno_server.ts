const kv = await Deno.openKv();

interface Visit { path: string; at: number; ua: string | null }

Deno.serve({ port: 8000 }, async (req: Request): Promise<Response> => {
  const url = new URL(req.url);
  if (url.pathname === "/stats") {
    const entries: Visit[] = [];
    for await (const e of kv.list<Visit>({ prefix: ["visits"] }, { limit: 100, reverse: true })) {
      entries.push(e.value);
    }
    return Response.json(entries);
  }
  const visit: Visit = { path: url.pathname, at: Date.now(), ua: req.headers.get("user-agent") };
  await kv.set(["visits", visit.at], visit);
  return new Response(`hello from ${url.pathname}\n`, { headers: { "content-type": "text/plain" } });
});
