type Range = [start: number, end?: number];
type LogEntry = [level: 'info' | 'warn' | 'error', message: string, ...context: unknown[]];

function slice<T>(items: readonly T[], ...[start, end]: Range): T[] {
  return items.slice(start, end);
}

const entry: LogEntry = ['warn', 'disk almost full', { freeMb: 412 }];
console.log(slice([1, 2, 3, 4], 1), entry[1]);
