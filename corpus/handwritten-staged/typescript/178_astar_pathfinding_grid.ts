// A* on a 4/8-connected grid with weighted terrain.

export type Terrain = '.' | '#' | '~' | '^'; // open, wall, water, hills
export type Point = readonly [x: number, y: number];

const COST: Readonly<Record<Terrain, number>> = { '.': 1, '~': 5, '^': 3, '#': Infinity };

export interface AStarOptions {
	diagonal?: boolean;
	heuristic?: (a: Point, b: Point) => number;
	maxExpansions?: number;
}

export interface PathResult {
	readonly path: Point[];
	readonly cost: number;
	readonly expanded: number;
}

interface OpenNode {
	key: number;
	f: number;
}

class MinHeap {
	private data: OpenNode[] = [];
	get length(): number {
		return this.data.length;
	}
	push(n: OpenNode): void {
		const d = this.data;
		d.push(n);
		let i = d.length - 1;
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (d[p]!.f <= d[i]!.f) break;
			[d[p], d[i]] = [d[i]!, d[p]!];
			i = p;
		}
	}
	pop(): OpenNode | undefined {
		const d = this.data;
		const top = d[0];
		const last = d.pop();
		if (d.length && last) {
			d[0] = last;
			let i = 0;
			for (;;) {
				const l = i * 2 + 1;
				const r = l + 1;
				let m = i;
				if (l < d.length && d[l]!.f < d[m]!.f) m = l;
				if (r < d.length && d[r]!.f < d[m]!.f) m = r;
				if (m === i) break;
				[d[m], d[i]] = [d[i]!, d[m]!];
				i = m;
			}
		}
		return top;
	}
}

export const manhattan = ([ax, ay]: Point, [bx, by]: Point): number => Math.abs(ax - bx) + Math.abs(ay - by);
export const octile = ([ax, ay]: Point, [bx, by]: Point): number => {
	const dx = Math.abs(ax - bx);
	const dy = Math.abs(ay - by);
	return Math.max(dx, dy) + (Math.SQRT2 - 1) * Math.min(dx, dy);
};

export class Grid {
	readonly width: number;
	readonly height: number;
	private readonly cells: Terrain[];

	constructor(rows: readonly string[]) {
		this.height = rows.length;
		this.width = rows[0]?.length ?? 0;
		this.cells = rows.join('').split('') as Terrain[];
	}

	at([x, y]: Point): Terrain | undefined {
		if (x < 0 || y < 0 || x >= this.width || y >= this.height) return undefined;
		return this.cells[y * this.width + x];
	}

	key([x, y]: Point): number {
		return y * this.width + x;
	}

	point(key: number): Point {
		return [key % this.width, Math.floor(key / this.width)] as const;
	}

	*neighbours(p: Point, diagonal: boolean): Generator<[Point, number]> {
		const [x, y] = p;
		const steps: Array<[number, number]> = [[1, 0], [-1, 0], [0, 1], [0, -1]];
		if (diagonal) steps.push([1, 1], [1, -1], [-1, 1], [-1, -1]);
		for (const [dx, dy] of steps) {
			const n: Point = [x + dx, y + dy];
			const t = this.at(n);
			if (t === undefined || t === '#') continue;
			// Don't cut corners through walls.
			if (dx && dy && (this.at([x + dx, y]) === '#' || this.at([x, y + dy]) === '#')) continue;
			yield [n, COST[t] * (dx && dy ? Math.SQRT2 : 1)];
		}
	}
}

export function findPath(grid: Grid, start: Point, goal: Point, opts: AStarOptions = {}): PathResult | null {
	const { diagonal = false, maxExpansions = 100_000 } = opts;
	const h = opts.heuristic ?? (diagonal ? octile : manhattan);
	const goalKey = grid.key(goal);

	const g = new Map<number, number>([[grid.key(start), 0]]);
	const cameFrom = new Map<number, number>();
	const closed = new Set<number>();
	const open = new MinHeap();
	open.push({ key: grid.key(start), f: h(start, goal) });
	let expanded = 0;

	while (open.length) {
		const { key } = open.pop()!;
		if (closed.has(key)) continue;
		if (key === goalKey) {
			const path: Point[] = [];
			for (let k: number | undefined = key; k !== undefined; k = cameFrom.get(k)) path.push(grid.point(k));
			return { path: path.reverse(), cost: g.get(key)!, expanded };
		}
		closed.add(key);
		if (++expanded > maxExpansions) return null;

		const current = grid.point(key);
		for (const [next, stepCost] of grid.neighbours(current, diagonal)) {
			const nk = grid.key(next);
			if (closed.has(nk)) continue;
			const tentative = g.get(key)! + stepCost;
			if (tentative < (g.get(nk) ?? Infinity)) {
				g.set(nk, tentative);
				cameFrom.set(nk, key);
				open.push({ key: nk, f: tentative + h(next, goal) });
			}
		}
	}
	return null;
}

const map = new Grid([
	'..........',
	'.####.~~~.',
	'....#.~^~.',
	'.##.#..^..',
	'.#..####..',
	'.#........',
]);

const result = findPath(map, [0, 0], [9, 5], { diagonal: true });
if (result) {
	const marks = new Set(result.path.map((p) => map.key(p)));
	for (let y = 0; y < map.height; y++) {
		let line = '';
		for (let x = 0; x < map.width; x++) line += marks.has(map.key([x, y])) ? '*' : map.at([x, y]);
		console.log(line);
	}
	console.log(`cost=${result.cost.toFixed(2)} expanded=${result.expanded}`);
}
