#!/usr/bin/env -S deno run --allow-read
// Summarises JSON-lines logs: counts per level and the slowest requests.
// usage: deno run --allow-read 93_deno_log_summary.ts app.log [--top=5]

import { parseArgs } from "jsr:@std/cli/parse-args";

interface LogLine {
  ts: string;
  level: "debug" | "info" | "warn" | "error";
  msg: string;
  route?: string;
  durationMs?: number;
}

const args = parseArgs(Deno.args, { default: { top: 5 } });
const file = args._[0];
if (typeof file !== "string") {
  console.error("usage: log_summary.ts FILE [--top=N]");
  Deno.exit(2);
}

const text = await Deno.readTextFile(file);
const counts: Record<LogLine["level"], number> = { debug: 0, info: 0, warn: 0, error: 0 };
const slow: LogLine[] = [];
let malformed = 0;

for (const raw of text.split("\n")) {
  if (!raw.trim()) continue;
  let entry: LogLine;
  try {
    entry = JSON.parse(raw) as LogLine;
  } catch {
    malformed++;
    continue;
  }
  counts[entry.level] = (counts[entry.level] ?? 0) + 1;
  if (entry.durationMs !== undefined) slow.push(entry);
}

slow.sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0));

console.table(counts);
console.log(`%cslowest ${args.top}:`, "font-weight: bold");
for (const e of slow.slice(0, Number(args.top))) {
  console.log(`${e.durationMs!.toFixed(0).padStart(6)} ms  ${e.route ?? "?"}  ${e.ts}`);
}
if (malformed) console.warn(`${malformed} malformed line(s) skipped`);
