function describe(value: unknown): string {
    if (value === null) return 'null';
    if (Array.isArray(value)) return `array(${value.length})`;
    if (value instanceof Date) return `date ${value.toISOString()}`;
    if (typeof value === 'object') return `object with keys ${Object.keys(value).join(', ')}`;
    if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
    return `${typeof value}: ${String(value)}`;
}
