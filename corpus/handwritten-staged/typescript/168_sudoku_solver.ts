// Sudoku solver using bitmask constraint propagation + backtracking
// with the "minimum remaining values" heuristic.

export type Digit = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
export type Cell = Digit | 0;
export type Grid = Cell[]; // 81 cells, row-major

const ALL = 0b1_1111_1111;

const rowOf = (i: number): number => Math.floor(i / 9);
const colOf = (i: number): number => i % 9;
const boxOf = (i: number): number => Math.floor(rowOf(i) / 3) * 3 + Math.floor(colOf(i) / 3);

const popcount = (n: number): number => {
  let c = 0;
  while (n) {
    n &= n - 1;
    c++;
  }
  return c;
};

interface SolveStats {
  guesses: number;
  backtracks: number;
}

export class Sudoku {
  private readonly cells: Grid;
  private readonly rows = new Uint16Array(9);
  private readonly cols = new Uint16Array(9);
  private readonly boxes = new Uint16Array(9);
  readonly stats: SolveStats = { guesses: 0, backtracks: 0 };

  private constructor(cells: Grid) {
    this.cells = cells;
    cells.forEach((v, i) => {
      if (v === 0) return;
      const bit = 1 << (v - 1);
      if ((this.rows[rowOf(i)]! | this.cols[colOf(i)]! | this.boxes[boxOf(i)]!) & bit) {
        throw new Error(`puzzle is inconsistent at r${rowOf(i) + 1}c${colOf(i) + 1}`);
      }
      this.place(i, v);
    });
  }

  static parse(input: string): Sudoku {
    const chars = input.replace(/\s+/g, '').split('');
    if (chars.length !== 81) throw new Error(`expected 81 cells, got ${chars.length}`);
    const cells = chars.map((c): Cell => {
      if (c === '.' || c === '0') return 0;
      const n = Number(c);
      if (!Number.isInteger(n) || n < 1 || n > 9) throw new Error(`bad cell "${c}"`);
      return n as Digit;
    });
    return new Sudoku(cells);
  }

  private candidates(i: number): number {
    return ALL & ~(this.rows[rowOf(i)]! | this.cols[colOf(i)]! | this.boxes[boxOf(i)]!);
  }

  private place(i: number, d: Digit): void {
    const bit = 1 << (d - 1);
    this.cells[i] = d;
    this.rows[rowOf(i)]! |= bit;
    this.cols[colOf(i)]! |= bit;
    this.boxes[boxOf(i)]! |= bit;
  }

  private unplace(i: number, d: Digit): void {
    const mask = ~(1 << (d - 1));
    this.cells[i] = 0;
    this.rows[rowOf(i)]! &= mask;
    this.cols[colOf(i)]! &= mask;
    this.boxes[boxOf(i)]! &= mask;
  }

  /** Pick the empty cell with the fewest candidates. */
  private mostConstrained(): { index: number; mask: number } | null {
    let best: { index: number; mask: number } | null = null;
    let bestCount = 10;
    for (let i = 0; i < 81; i++) {
      if (this.cells[i] !== 0) continue;
      const mask = this.candidates(i);
      const count = popcount(mask);
      if (count < bestCount) {
        best = { index: i, mask };
        bestCount = count;
        if (count <= 1) break;
      }
    }
    return best;
  }

  solve(): boolean {
    const next = this.mostConstrained();
    if (next === null) return true;
    const { index, mask } = next;
    if (mask === 0) return false;

    for (let d = 1 as Digit; d <= 9; d = (d + 1) as Digit) {
      if (!(mask & (1 << (d - 1)))) continue;
      this.stats.guesses++;
      this.place(index, d);
      if (this.solve()) return true;
      this.unplace(index, d);
      this.stats.backtracks++;
    }
    return false;
  }

  get solved(): boolean {
    return this.cells.every((c) => c !== 0);
  }

  toString(): string {
    const lines: string[] = [];
    for (let r = 0; r < 9; r++) {
      if (r > 0 && r % 3 === 0) lines.push('------+-------+------');
      const row = this.cells.slice(r * 9, r * 9 + 9).map((c) => (c === 0 ? '.' : String(c)));
      lines.push([row.slice(0, 3), row.slice(3, 6), row.slice(6, 9)].map((g) => g.join(' ')).join(' | '));
    }
    return lines.join('\n');
  }
}

const puzzle = `
  53..7....
  6..195...
  .98....6.
  8...6...3
  4..8.3..1
  7...2...6
  .6....28.
  ...419..5
  ....8..79
`;

const s = Sudoku.parse(puzzle);
const t0 = performance.now();
if (s.solve()) {
  console.log(s.toString());
  console.log(`solved in ${(performance.now() - t0).toFixed(2)} ms`, s.stats);
} else {
  console.log('no solution');
}
