// Minimal reverse proxy with path-prefix routing and request logging,
// using only node's http module.
const http = require('http');
const { URL } = require('url');

const routes = [
  { prefix: '/api/', target: 'http://127.0.0.1:4000', strip: false },
  { prefix: '/auth/', target: 'http://127.0.0.1:4100', strip: true },
  { prefix: '/', target: 'http://127.0.0.1:5173', strip: false },
];

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization',
  'te', 'trailer', 'transfer-encoding', 'upgrade'];

function pickRoute(url) {
  return routes.find((r) => url.startsWith(r.prefix));
}

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  const route = pickRoute(req.url);
  const path = route.strip ? '/' + req.url.slice(route.prefix.length) : req.url;
  const target = new URL(path, route.target);

  const headers = { ...req.headers };
  HOP_BY_HOP.forEach((h) => delete headers[h]);
  headers['x-forwarded-for'] = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
  headers['x-forwarded-host'] = req.headers.host;
  headers.host = target.host;

  const upstream = http.request(target, { method: req.method, headers }, (up) => {
    const outHeaders = { ...up.headers };
    HOP_BY_HOP.forEach((h) => delete outHeaders[h]);
    res.writeHead(up.statusCode, outHeaders);
    up.pipe(res);
    up.on('end', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      console.log(`${req.method} ${req.url} -> ${target.href} ${up.statusCode} ${ms.toFixed(1)}ms`);
    });
  });

  upstream.setTimeout(15000, () => upstream.destroy(new Error('upstream timeout')));
  upstream.on('error', (err) => {
    console.error(`proxy error for ${req.url}: ${err.message}`);
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('Bad gateway');
  });

  req.pipe(upstream);
});

server.listen(process.env.PORT || 8080, () => {
  console.log(`proxy listening on :${server.address().port}`);
});
