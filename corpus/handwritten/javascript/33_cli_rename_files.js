#!/usr/bin/env node
// rename photos to YYYY-MM-DD_HHMMSS_<n>.<ext> based on mtime
// usage: rename-photos [--dry-run] <dir>

const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run") || args.includes("-n");
const dir = args.find((a) => !a.startsWith("-"));

if (!dir) {
  console.error("usage: rename-photos [--dry-run] <dir>");
  process.exit(64);
}

const exts = new Set([".jpg", ".jpeg", ".png", ".heic", ".mp4", ".mov"]);
const pad = (n) => String(n).padStart(2, "0");

function stamp(d) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}_` +
    `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

const files = fs.readdirSync(dir)
  .filter((f) => exts.has(path.extname(f).toLowerCase()))
  .map((f) => ({ name: f, mtime: fs.statSync(path.join(dir, f)).mtime }))
  .sort((a, b) => a.mtime - b.mtime);

const seen = new Map();
let renamed = 0;

for (const { name, mtime } of files) {
  const base = stamp(mtime);
  const count = (seen.get(base) || 0) + 1;
  seen.set(base, count);
  const ext = path.extname(name).toLowerCase().replace(".jpeg", ".jpg");
  const target = `${base}${count > 1 ? "_" + count : ""}${ext}`;
  if (target === name) continue;

  if (fs.existsSync(path.join(dir, target))) {
    console.warn(`skip ${name}: ${target} already exists`);
    continue;
  }
  console.log(`${dryRun ? "[dry] " : ""}${name} -> ${target}`);
  if (!dryRun) fs.renameSync(path.join(dir, name), path.join(dir, target));
  renamed++;
}

console.log(`${renamed} file(s) ${dryRun ? "would be " : ""}renamed`);
