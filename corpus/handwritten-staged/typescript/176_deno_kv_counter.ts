const kv: Deno.Kv = await Deno.openKv();

type CounterKey = readonly ["visits", string];

async function bump(page: string): Promise<bigint> {
  const key: CounterKey = ["visits", page];
  await kv.atomic().sum(key, 1n).commit();
  const entry = await kv.get<Deno.KvU64>(key);
  return entry.value?.value ?? 0n;
}

Deno.serve({ port: 8000 }, async (req: Request) => {
  const { pathname } = new URL(req.url);
  const count = await bump(pathname);
  return new Response(`${pathname} has been visited ${count} times\n`);
});

export {};
