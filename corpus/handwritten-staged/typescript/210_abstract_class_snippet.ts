abstract class Exporter<TRow> {
  protected abstract readonly extension: `.${string}`;
  protected abstract serialize(rows: readonly TRow[]): string;

  export(name: string, rows: readonly TRow[]): { filename: string; content: string } {
    return { filename: name + this.extension, content: this.serialize(rows) };
  }
}

class CsvExporter extends Exporter<Record<string, unknown>> {
  protected readonly extension = '.csv';
  protected serialize(rows: readonly Record<string, unknown>[]): string {
    const cols = Object.keys(rows[0] ?? {});
    return [cols.join(','), ...rows.map((r) => cols.map((c) => JSON.stringify(r[c] ?? '')).join(','))].join('\n');
  }
}
