package linalg

class Matrix(val rows: Int, val cols: Int, init: (Int, Int) -> Double = { _, _ -> 0.0 }) {
    private val data = DoubleArray(rows * cols) { i -> init(i / cols, i % cols) }

    operator fun get(r: Int, c: Int): Double = data[r * cols + c]
    operator fun set(r: Int, c: Int, v: Double) { data[r * cols + c] = v }

    operator fun plus(o: Matrix): Matrix {
        checkSameShape(o)
        return Matrix(rows, cols) { r, c -> this[r, c] + o[r, c] }
    }

    operator fun minus(o: Matrix): Matrix {
        checkSameShape(o)
        return Matrix(rows, cols) { r, c -> this[r, c] - o[r, c] }
    }

    operator fun times(o: Matrix): Matrix {
        require(cols == o.rows) { "shape mismatch: ${rows}x$cols * ${o.rows}x${o.cols}" }
        return Matrix(rows, o.cols) { r, c ->
            var sum = 0.0
            for (k in 0 until cols) sum += this[r, k] * o[k, c]
            sum
        }
    }

    operator fun times(k: Double) = Matrix(rows, cols) { r, c -> this[r, c] * k }
    operator fun unaryMinus() = this * -1.0

    fun transpose() = Matrix(cols, rows) { r, c -> this[c, r] }

    private fun checkSameShape(o: Matrix) =
        require(rows == o.rows && cols == o.cols) { "shapes differ" }

    override fun equals(other: Any?): Boolean =
        other is Matrix && other.rows == rows && other.cols == cols && other.data.contentEquals(data)

    override fun hashCode(): Int = 31 * (31 * rows + cols) + data.contentHashCode()

    override fun toString(): String = (0 until rows).joinToString("\n") { r ->
        (0 until cols).joinToString(" ", "[", "]") { c -> "%8.3f".format(this[r, c]) }
    }

    companion object {
        fun identity(n: Int) = Matrix(n, n) { r, c -> if (r == c) 1.0 else 0.0 }
        fun of(vararg rows: DoubleArray): Matrix {
            val cols = rows.first().size
            return Matrix(rows.size, cols) { r, c -> rows[r][c] }
        }
    }
}

operator fun Double.times(m: Matrix) = m * this

fun main() {
    val a = Matrix.of(doubleArrayOf(1.0, 2.0), doubleArrayOf(3.0, 4.0))
    val i = Matrix.identity(2)
    println(a * i == a)
    println(a * a.transpose())
    println(2.0 * a - i)
}
