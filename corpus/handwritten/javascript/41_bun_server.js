const server = Bun.serve({
  port: 3000,
  async fetch(req) {
    const url = new URL(req.url)
    if (url.pathname === '/') return new Response(Bun.file('./public/index.html'))
    if (url.pathname === '/api/time') return Response.json({ now: Date.now() })
    return new Response('Not found', { status: 404 })
  },
})

console.log(`listening on ${server.url}`)
