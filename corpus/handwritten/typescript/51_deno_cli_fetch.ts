#!/usr/bin/env -S deno run --allow-net --allow-write=./out
// Download all images referenced by a web page, with limited concurrency.

import { parseArgs } from "jsr:@std/cli@1/parse-args";
import { ensureDir } from "jsr:@std/fs@1/ensure-dir";
import { join, basename } from "jsr:@std/path@1";
import { DOMParser } from "jsr:@b-fuze/deno-dom";

const args = parseArgs(Deno.args, {
  string: ["out"],
  default: { out: "./out", concurrency: 4 },
  alias: { o: "out", c: "concurrency" },
});

const pageUrl = args._[0];
if (typeof pageUrl !== "string") {
  console.error("usage: grab-images.ts <url> [-o dir] [-c n]");
  Deno.exit(2);
}

const html = await (await fetch(pageUrl)).text();
const doc = new DOMParser().parseFromString(html, "text/html");
const urls = [...new Set(
  [...doc.querySelectorAll("img[src]")]
    .map((img) => new URL(img.getAttribute("src")!, pageUrl).href),
)];

await ensureDir(args.out);
console.log(`found ${urls.length} images`);

async function download(url: string): Promise<number> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`${res.status} for ${url}`);
  const name = basename(new URL(url).pathname) || crypto.randomUUID();
  using file = await Deno.open(join(args.out, name), { write: true, create: true, truncate: true });
  await res.body.pipeTo(file.writable, { preventClose: true });
  return (await file.stat()).size;
}

const queue = [...urls];
let total = 0;
const workers = Array.from({ length: Number(args.concurrency) }, async () => {
  for (let url = queue.shift(); url; url = queue.shift()) {
    try {
      total += await download(url);
      console.log(`%c✓%c ${url}`, "color: green", "");
    } catch (err) {
      console.log(`%c✗%c ${(err as Error).message}`, "color: red", "");
    }
  }
});
await Promise.all(workers);
console.log(`done, ${(total / 1024).toFixed(0)} KiB`);
