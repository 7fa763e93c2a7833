/*
 * Matrix.java - dense matrix helper used by the old curve fitting code.
 * Kept deliberately simple: row-major double[][] and no external deps.
 */
public class Matrix {
    private final int rows, cols;
    private final double[][] a;

    public Matrix(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.a = new double[rows][cols];
    }

    public Matrix(double[][] data) {
        this(data.length, data[0].length);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data[i], 0, a[i], 0, cols);
        }
    }

    public static Matrix identity(int n) {
        Matrix m = new Matrix(n, n);
        for (int i = 0; i < n; i++) m.a[i][i] = 1.0;
        return m;
    }

    public double get(int i, int j) { return a[i][j]; }
    public void set(int i, int j, double v) { a[i][j] = v; }

    public Matrix times(Matrix b) {
        if (cols != b.rows) throw new IllegalArgumentException("dimension mismatch");
        Matrix c = new Matrix(rows, b.cols);
        for (int i = 0; i < rows; i++)
            for (int k = 0; k < cols; k++) {
                double aik = a[i][k];
                for (int j = 0; j < b.cols; j++)
                    c.a[i][j] += aik * b.a[k][j];
            }
        return c;
    }

    public Matrix transpose() {
        Matrix t = new Matrix(cols, rows);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                t.a[j][i] = a[i][j];
        return t;
    }

    /** Solve A x = b by Gaussian elimination with partial pivoting. */
    public double[] solve(double[] b) {
        if (rows != cols) throw new IllegalStateException("not square");
        int n = rows;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int p = 0; p < n; p++) {
            int max = p;
            for (int i = p + 1; i < n; i++)
                if (Math.abs(m[i][p]) > Math.abs(m[max][p])) max = i;
            double[] tmp = m[p]; m[p] = m[max]; m[max] = tmp;
            if (Math.abs(m[p][p]) < 1e-12) throw new ArithmeticException("singular matrix");
            for (int i = p + 1; i < n; i++) {
                double f = m[i][p] / m[p][p];
                for (int j = p; j <= n; j++) m[i][j] -= f * m[p][j];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) s -= m[i][j] * x[j];
            x[i] = s / m[i][i];
        }
        return x;
    }

    @Override
    public String toString() {
        StringBuffer sb = new StringBuffer();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                sb.append(String.format("%9.4f", a[i][j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Matrix m = new Matrix(new double[][] {{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}});
        double[] x = m.solve(new double[] {8, -11, -3});
        System.out.println(java.util.Arrays.toString(x));
        System.out.print(m.times(Matrix.identity(3)).transpose());
    }
}
