#!/usr/bin/env node
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: {
    column: { type: 'string', short: 'c' },
    delimiter: { type: 'string', short: 'd', default: ',' },
  },
  allowPositionals: true,
});

if (!positionals[0] || !values.column) {
  console.error('usage: csv-stats -c COLUMN file.csv');
  process.exit(2);
}

const rl = createInterface({ input: createReadStream(positionals[0]) });
let idx = -1, n = 0, sum = 0, sumSq = 0, min = Infinity, max = -Infinity;

for await (const line of rl) {
  const cells = line.split(values.delimiter);
  if (idx < 0) {
    idx = cells.indexOf(values.column);
    if (idx < 0) throw new Error(`no column ${values.column}`);
    continue;
  }
  const x = Number(cells[idx]);
  if (Number.isNaN(x)) continue;
  n++; sum += x; sumSq += x * x;
  if (x < min) min = x;
  if (x > max) max = x;
}

const mean = sum / n;
console.log({ n, mean, sd: Math.sqrt(sumSq / n - mean * mean), min, max });
