export class Matrix {
  readonly rows: number;
  readonly cols: number;
  private data: Float64Array;

  constructor(rows: number, cols: number, data?: ArrayLike<number>) {
    if (rows <= 0 || cols <= 0) throw new RangeError("dimensions must be positive");
    this.rows = rows;
    this.cols = cols;
    this.data = new Float64Array(rows * cols);
    if (data) {
      if (data.length !== rows * cols) throw new RangeError("data length mismatch");
      this.data.set(data);
    }
  }

  static identity(n: number): Matrix {
    const m = new Matrix(n, n);
    for (let i = 0; i < n; i++) m.set(i, i, 1);
    return m;
  }

  static from(rows: number[][]): Matrix {
    const r = rows.length;
    const c = rows[0]?.length ?? 0;
    return new Matrix(r, c, rows.flat());
  }

  get(r: number, c: number): number {
    return this.data[r * this.cols + c];
  }

  set(r: number, c: number, v: number): this {
    this.data[r * this.cols + c] = v;
    return this;
  }

  mul(other: Matrix): Matrix {
    if (this.cols !== other.rows) {
      throw new Error(`cannot multiply ${this.rows}x${this.cols} by ${other.rows}x${other.cols}`);
    }
    const out = new Matrix(this.rows, other.cols);
    for (let i = 0; i < this.rows; i++) {
      for (let k = 0; k < this.cols; k++) {
        const a = this.get(i, k);
        if (a === 0) continue;
        for (let j = 0; j < other.cols; j++) {
          out.data[i * out.cols + j] += a * other.get(k, j);
        }
      }
    }
    return out;
  }

  transpose(): Matrix {
    const t = new Matrix(this.cols, this.rows);
    for (let i = 0; i < this.rows; i++)
      for (let j = 0; j < this.cols; j++) t.set(j, i, this.get(i, j));
    return t;
  }

  /** Gaussian elimination with partial pivoting. */
  determinant(): number {
    if (this.rows !== this.cols) throw new Error("not square");
    const n = this.rows;
    const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => this.get(i, j)));
    let det = 1;
    for (let col = 0; col < n; col++) {
      let pivot = col;
      for (let r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
      }
      if (Math.abs(a[pivot][col]) < 1e-12) return 0;
      if (pivot !== col) {
        [a[pivot], a[col]] = [a[col], a[pivot]];
        det = -det;
      }
      det *= a[col][col];
      for (let r = col + 1; r < n; r++) {
        const f = a[r][col] / a[col][col];
        for (let c = col; c < n; c++) a[r][c] -= f * a[col][c];
      }
    }
    return det;
  }

  equals(other: Matrix, eps = 1e-9): boolean {
    if (this.rows !== other.rows || this.cols !== other.cols) return false;
    return this.data.every((v, i) => Math.abs(v - other.data[i]) <= eps);
  }

  map(fn: (value: number, row: number, col: number) => number): Matrix {
    const out = new Matrix(this.rows, this.cols);
    for (let i = 0; i < this.rows; i++)
      for (let j = 0; j < this.cols; j++) out.set(i, j, fn(this.get(i, j), i, j));
    return out;
  }

  toString(precision = 3): string {
    const lines: string[] = [];
    for (let i = 0; i < this.rows; i++) {
      const cells: string[] = [];
      for (let j = 0; j < this.cols; j++) cells.push(this.get(i, j).toFixed(precision));
      lines.push("[ " + cells.join("  ") + " ]");
    }
    return lines.join("\n");
  }
}
