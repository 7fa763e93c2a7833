export type Align = 'left' | 'center' | 'right';

export interface Column<Row> {
  header: string;
  get: (row: Row) => string | number | boolean | null | undefined;
  align?: Align;
  maxWidth?: number;
}

const width = (s: string): number => [...s].length;

function pad(text: string, w: number, align: Align): string {
  const gap = w - width(text);
  if (gap <= 0) return text;
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') {
    const left = Math.floor(gap / 2);
    return ' '.repeat(left) + text + ' '.repeat(gap - left);
  }
  return text + ' '.repeat(gap);
}

function escapeCell(value: unknown, maxWidth?: number): string {
  let s = value === null || value === undefined ? '' : String(value);
  s = s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  if (maxWidth && width(s) > maxWidth) s = [...s].slice(0, maxWidth - 1).join('') + '…';
  return s;
}

export function markdownTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells: string[][] = rows.map((r) => columns.map((c) => escapeCell(c.get(r), c.maxWidth)));
  const widths = columns.map((c, i) => Math.max(3, width(c.header), ...cells.map((row) => width(row[i]!))));

  const line = (values: readonly string[]): string =>
    '| ' + values.map((v, i) => pad(v, widths[i]!, columns[i]!.align ?? 'left')).join(' | ') + ' |';

  const separator =
    '| ' +
    columns
      .map((c, i) => {
        const w = widths[i]!;
        switch (c.align ?? 'left') {
          case 'left': return ':' + '-'.repeat(w - 1);
          case 'right': return '-'.repeat(w - 1) + ':';
          case 'center': return ':' + '-'.repeat(w - 2) + ':';
        }
      })
      .join(' | ') +
    ' |';

  return [line(columns.map((c) => c.header)), separator, ...cells.map(line)].join('\n');
}

// Build a quick benchmark report
interface BenchResult {
  name: string;
  opsPerSec: number;
  marginPct: number;
  samples: number;
}

const results: BenchResult[] = [
  { name: 'Map#get', opsPerSec: 98_201_334, marginPct: 0.42, samples: 92 },
  { name: 'object lookup', opsPerSec: 120_883_001, marginPct: 0.61, samples: 95 },
  { name: 'Array#find | linear', opsPerSec: 4_120_553, marginPct: 1.9, samples: 88 },
];

console.log(
  markdownTable(results, [
    { header: 'Benchmark', get: (r) => r.name, maxWidth: 18 },
    { header: 'ops/sec', get: (r) => r.opsPerSec.toLocaleString('en-US'), align: 'right' },
    { header: '±', get: (r) => `${r.marginPct.toFixed(2)}%`, align: 'right' },
    { header: 'runs', get: (r) => r.samples, align: 'center' },
  ]),
);
