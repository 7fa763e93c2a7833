// Walk a cursor-paginated REST API lazily with async generators.

const API = process.env.API_URL ?? 'https://api.example.com/v2'
const TOKEN = process.env.API_TOKEN

async function* pages(path, params = {}) {
  let cursor
  do {
    const qs = new URLSearchParams({ ...params, limit: '100', ...(cursor && { cursor }) })
    const res = await fetch(`${API}${path}?${qs}`, {
      headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' },
    })
    if (res.status === 429) {
      const wait = Number(res.headers.get('retry-after') ?? 1) * 1000
      await new Promise(r => setTimeout(r, wait))
      continue
    }
    if (!res.ok) throw new Error(`GET ${path} failed: ${res.status}`)
    const body = await res.json()
    yield body.data
    cursor = body.next_cursor
  } while (cursor)
}

async function* items(path, params) {
  for await (const page of pages(path, params)) yield* page
}

async function* take(iter, n) {
  if (n <= 0) return
  for await (const x of iter) {
    yield x
    if (--n <= 0) return
  }
}

async function* filter(iter, pred) {
  for await (const x of iter) if (pred(x)) yield x
}

function* chunk(arr, size) {
  for (let i = 0; i < arr.length; i += size) yield arr.slice(i, i + size)
}

const stale = filter(items('/issues', { state: 'open' }), i => Date.now() - Date.parse(i.updated_at) > 90 * 864e5)

const found = []
for await (const issue of take(stale, 250)) found.push(issue)

for (const batch of chunk(found, 25)) {
  console.log(batch.map(i => `#${i.number} ${i.title}`).join('\n'))
  console.log('---')
}
console.log(`${found.length} stale issues`)
