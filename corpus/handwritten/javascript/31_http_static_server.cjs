'use strict';

// Tiny static file server for local previews. No dependencies on purpose.
// usage: node serve.cjs [dir] [port]

const http = require('http');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { URL } = require('url');

const root = path.resolve(process.argv[2] || '.');
const port = Number(process.argv[3] || process.env.PORT || 8080);

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(text\/|application\/(javascript|json)|image\/svg)/;

function log(req, status, started) {
  const ms = Date.now() - started;
  const color = status >= 500 ? 31 : status >= 400 ? 33 : 32;
  console.log('\x1b[%dm%d\x1b[0m %s %s %dms', color, status, req.method, req.url, ms);
}

function send(req, res, status, body, headers) {
  res.writeHead(status, Object.assign({ 'Content-Type': 'text/plain; charset=utf-8' }, headers));
  res.end(req.method === 'HEAD' ? undefined : body);
}

function safeJoin(base, target) {
  const decoded = decodeURIComponent(target);
  const resolved = path.normalize(path.join(base, decoded));
  if (!resolved.startsWith(base)) return null;
  return resolved;
}

function listing(dir, urlPath) {
  const entries = fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (b.isDirectory() - a.isDirectory()) || a.name.localeCompare(b.name));
  const items = entries.map((e) => {
    const slash = e.isDirectory() ? '/' : '';
    const href = path.posix.join(urlPath, e.name) + slash;
    return `<li><a href="${encodeURI(href)}">${e.name}${slash}</a></li>`;
  });
  return `<!doctype html><meta charset="utf-8"><title>Index of ${urlPath}</title>
<h1>Index of ${urlPath}</h1><ul>${urlPath !== '/' ? '<li><a href="..">..</a></li>' : ''}${items.join('')}</ul>`;
}

const server = http.createServer((req, res) => {
  const started = Date.now();
  res.on('finish', () => log(req, res.statusCode, started));

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(req, res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  }

  const url = new URL(req.url, `http://${req.headers.host}`);
  let filePath = safeJoin(root, url.pathname);
  if (!filePath) return send(req, res, 403, 'Forbidden');

  fs.stat(filePath, (err, stat) => {
    if (err) return send(req, res, 404, 'Not Found');

    if (stat.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        return send(req, res, 301, '', { Location: url.pathname + '/' });
      }
      const index = path.join(filePath, 'index.html');
      if (!fs.existsSync(index)) {
        return send(req, res, 200, listing(filePath, url.pathname), { 'Content-Type': MIME['.html'] });
      }
      filePath = index;
      stat = fs.statSync(index);
    }

    const etag = `W/"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag });
      return res.end();
    }

    const type = MIME[path.extname(filePath).toLowerCase()] || 'application/octet-stream';
    const headers = {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      ETag: etag,
      'Last-Modified': stat.mtime.toUTCString(),
    };

    const accepts = req.headers['accept-encoding'] || '';
    const stream = fs.createReadStream(filePath);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(accepts) && stat.size > 1024) {
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      stream.pipe(zlib.createGzip()).pipe(res);
    } else {
      headers['Content-Length'] = stat.size;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      stream.pipe(res);
    }
    stream.on('error', () => res.destroy());
  });
});

server.listen(port, () => {
  console.log(`Serving ${root} at http://localhost:${port}/`);
});

process.on('SIGINT', () => {
  console.log('\nbye');
  server.close(() => process.exit(0));
});
