/**
 * Streaming RFC 4180-ish CSV parser.
 *
 * Feed it chunks of text as they arrive (from a file stream, fetch body, …)
 * and it yields complete records. Handles quoted fields, escaped quotes,
 * CRLF/LF line endings and embedded newlines inside quotes.
 */

export interface CsvOptions {
	delimiter?: string;
	quote?: string;
	/** Treat the first record as a header and yield objects. */
	header?: boolean;
	skipEmptyLines?: boolean;
	trim?: boolean;
}

const enum State {
	FieldStart,
	Unquoted,
	Quoted,
	QuoteInQuoted,
}

export class CsvParseError extends Error {
	constructor(message: string, readonly line: number) {
		super(`${message} (line ${line})`);
	}
}

export class CsvTokenizer {
	private state: State = State.FieldStart;
	private field = "";
	private record: string[] = [];
	private line = 1;
	private readonly delimiter: string;
	private readonly quote: string;

	constructor(private readonly opts: Required<Pick<CsvOptions, "skipEmptyLines" | "trim">> & CsvOptions) {
		this.delimiter = opts.delimiter ?? ",";
		this.quote = opts.quote ?? '"';
		if (this.delimiter.length !== 1 || this.quote.length !== 1) {
			throw new TypeError("delimiter and quote must be single characters");
		}
	}

	*push(chunk: string): Generator<string[], void, undefined> {
		for (let i = 0; i < chunk.length; i++) {
			const ch = chunk[i]!;
			switch (this.state) {
				case State.FieldStart:
					if (ch === this.quote) {
						this.state = State.Quoted;
					} else if (ch === this.delimiter) {
						this.endField();
					} else if (ch === "\n") {
						yield* this.endRecord();
					} else if (ch !== "\r") {
						this.field += ch;
						this.state = State.Unquoted;
					}
					break;

				case State.Unquoted:
					if (ch === this.delimiter) {
						this.endField();
					} else if (ch === "\n") {
						yield* this.endRecord();
					} else if (ch !== "\r") {
						this.field += ch;
					}
					break;

				case State.Quoted:
					if (ch === this.quote) {
						this.state = State.QuoteInQuoted;
					} else {
						if (ch === "\n") this.line++;
						this.field += ch;
					}
					break;

				case State.QuoteInQuoted:
					if (ch === this.quote) {
						this.field += this.quote;
						this.state = State.Quoted;
					} else if (ch === this.delimiter) {
						this.endField();
					} else if (ch === "\n") {
						yield* this.endRecord();
					} else if (ch === "\r") {
						// swallow, the \n will follow
					} else {
						throw new CsvParseError(`unexpected "${ch}" after closing quote`, this.line);
					}
					break;
			}
		}
	}

	*flush(): Generator<string[], void, undefined> {
		if (this.state === State.Quoted) throw new CsvParseError("unterminated quoted field", this.line);
		if (this.field !== "" || this.record.length > 0) yield* this.endRecord();
	}

	private endField(): void {
		this.record.push(this.opts.trim ? this.field.trim() : this.field);
		this.field = "";
		this.state = State.FieldStart;
	}

	private *endRecord(): Generator<string[], void, undefined> {
		this.endField();
		this.line++;
		const rec = this.record;
		this.record = [];
		if (this.opts.skipEmptyLines && rec.length === 1 && rec[0] === "") return;
		yield rec;
	}
}

export function parseCsv<Row extends Record<string, string> = Record<string, string>>(
	source: AsyncIterable<string> | Iterable<string>,
	options: CsvOptions & { header: true },
): AsyncGenerator<Row>;
export function parseCsv(
	source: AsyncIterable<string> | Iterable<string>,
	options?: CsvOptions,
): AsyncGenerator<string[]>;
export async function* parseCsv(
	source: AsyncIterable<string> | Iterable<string>,
	options: CsvOptions = {},
): AsyncGenerator<string[] | Record<string, string>> {
	const tokenizer = new CsvTokenizer({ skipEmptyLines: true, trim: false, ...options });
	let header: string[] | null = null;

	const emit = function* (rec: string[]): Generator<string[] | Record<string, string>> {
		if (!options.header) {
			yield rec;
			return;
		}
		if (header === null) {
			header = rec;
			return;
		}
		const obj: Record<string, string> = {};
		header.forEach((name, i) => (obj[name] = rec[i] ?? ""));
		yield obj;
	};

	for await (const chunk of source) {
		for (const rec of tokenizer.push(chunk)) yield* emit(rec);
	}
	for (const rec of tokenizer.flush()) yield* emit(rec);
}

// --- demo ----------------------------------------------------------------------

type SalesRow = { region: string; product: string; amount: string };

const chunks = ['region,product,amount\r\nnorth,"Widget, large",12', '0.50\nsouth,"The ""best"" gadget",', "99\n\n"];

(async () => {
	const totals = new Map<string, number>();
	for await (const row of parseCsv<SalesRow>(chunks, { header: true })) {
		totals.set(row.region, (totals.get(row.region) ?? 0) + Number(row.amount));
	}
	console.table(Object.fromEntries(totals));
})();
