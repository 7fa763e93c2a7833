export type ISODate = `${number}-${number}-${number}`;

export interface DateRange {
	readonly start: Date;
	readonly end: Date; // inclusive
}

export type Granularity = "day" | "week" | "month";

const DAY_MS = 86_400_000;

export function startOfDay(d: Date): Date {
	return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function addDays(d: Date, n: number): Date {
	return new Date(d.getTime() + n * DAY_MS);
}

export function toISODate(d: Date): ISODate {
	return d.toISOString().slice(0, 10) as ISODate;
}

export function parseISODate(s: string): Date {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new TypeError(`not an ISO date: ${s}`);
	const d = new Date(`${s}T00:00:00Z`);
	if (Number.isNaN(d.getTime())) throw new RangeError(`invalid date: ${s}`);
	return d;
}

export function overlaps(a: DateRange, b: DateRange): boolean {
	return a.start <= b.end && b.start <= a.end;
}

export function intersect(a: DateRange, b: DateRange): DateRange | null {
	if (!overlaps(a, b)) return null;
	return { start: a.start > b.start ? a.start : b.start, end: a.end < b.end ? a.end : b.end };
}

export function lengthInDays({ start, end }: DateRange): number {
	return Math.round((startOfDay(end).getTime() - startOfDay(start).getTime()) / DAY_MS) + 1;
}

export function* eachPeriod(range: DateRange, granularity: Granularity): Generator<DateRange> {
	let cursor = startOfDay(range.start);
	const last = startOfDay(range.end);
	while (cursor <= last) {
		let next: Date;
		switch (granularity) {
			case "day":
				next = addDays(cursor, 1);
				break;
			case "week": {
				const dow = (cursor.getUTCDay() + 6) % 7; // Monday = 0
				next = addDays(cursor, 7 - dow);
				break;
			}
			case "month":
				next = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1));
				break;
		}
		const end = addDays(next, -1);
		yield { start: cursor, end: end < last ? end : last };
		cursor = next;
	}
}

/** Merge overlapping or adjacent ranges. */
export function mergeRanges(ranges: readonly DateRange[]): DateRange[] {
	const sorted = [...ranges].sort((a, b) => a.start.getTime() - b.start.getTime());
	const out: DateRange[] = [];
	for (const r of sorted) {
		const prev = out[out.length - 1];
		if (prev && r.start.getTime() <= prev.end.getTime() + DAY_MS) {
			out[out.length - 1] = { start: prev.start, end: r.end > prev.end ? r.end : prev.end };
		} else {
			out.push(r);
		}
	}
	return out;
}

const q1: DateRange = { start: parseISODate("2024-01-01"), end: parseISODate("2024-03-31") };
for (const p of eachPeriod(q1, "month")) console.log(toISODate(p.start), "→", toISODate(p.end), lengthInDays(p));
