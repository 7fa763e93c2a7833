#!/usr/bin/env node
// Download a list of URLs with bounded concurrency, resume support and a
// simple progress line.  Usage: node 97_async_batch_download.mjs urls.txt out/
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

const [, , listFile, outDir = 'downloads', concurrency = '4'] = process.argv;
if (!listFile) {
  console.error('usage: batch-download <urls.txt> [outDir] [concurrency]');
  process.exit(2);
}

const urls = (await readFile(listFile, 'utf8'))
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

await mkdir(outDir, { recursive: true });

const stats = { done: 0, skipped: 0, failed: 0 };

function fileNameFor(url) {
  const u = new URL(url);
  return decodeURIComponent(path.basename(u.pathname)) || `${u.hostname}.html`;
}

async function exists(file) {
  try {
    return (await stat(file)).size > 0;
  } catch {
    return false;
  }
}

async function download(url) {
  const target = path.join(outDir, fileNameFor(url));
  if (await exists(target)) {
    stats.skipped++;
    return;
  }
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!res.ok || !res.body) throw new Error(`${res.status} ${res.statusText}`);
  await pipeline(Readable.fromWeb(res.body), createWriteStream(target));
  stats.done++;
}

function progress() {
  const total = urls.length;
  const n = stats.done + stats.skipped + stats.failed;
  process.stdout.write(`\r${n}/${total}  ok:${stats.done} skip:${stats.skipped} fail:${stats.failed}   `);
}

async function worker(queue) {
  for (let url = queue.shift(); url; url = queue.shift()) {
    try {
      await download(url);
    } catch (err) {
      stats.failed++;
      console.error(`\n${url}: ${err.message}`);
    }
    progress();
  }
}

const queue = [...urls];
await Promise.all(Array.from({ length: Number(concurrency) }, () => worker(queue)));
process.stdout.write('\n');
process.exitCode = stats.failed ? 1 : 0;
