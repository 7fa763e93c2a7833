const cluster = require('node:cluster');
const http = require('node:http');
const os = require('node:os');

const PORT = Number(process.env.PORT) || 8000;
const WORKERS = Number(process.env.WORKERS) || os.availableParallelism();

if (cluster.isPrimary) {
  console.log(`primary ${process.pid} starting ${WORKERS} workers`);
  for (let i = 0; i < WORKERS; i++) cluster.fork();

  cluster.on('exit', (worker, code, signal) => {
    if (worker.exitedAfterDisconnect) return;
    console.warn(`worker ${worker.process.pid} died (${signal || code}), restarting`);
    cluster.fork();
  });

  process.on('SIGTERM', () => {
    for (const w of Object.values(cluster.workers)) w.disconnect();
  });
} else {
  http
    .createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ pid: process.pid, url: req.url }));
    })
    .listen(PORT);
}
