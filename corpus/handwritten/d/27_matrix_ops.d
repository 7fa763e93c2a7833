module linalg.matrix;

import std.algorithm : fill, map, sum;
import std.format : format, formattedWrite;
import std.math : abs, isClose;
import std.range : iota;
import std.traits : isFloatingPoint, isNumeric;

/// Fixed-size row-major matrix with operator overloading.
struct Matrix(T, size_t R, size_t C)
    if (isNumeric!T)
{
    T[R * C] data = 0;

    enum rows = R;
    enum cols = C;

    static Matrix identity()() if (R == C)
    {
        Matrix m;
        foreach (i; 0 .. R)
            m[i, i] = 1;
        return m;
    }

    this(T[R * C] values...) { data = values; }

    ref inout(T) opIndex(size_t r, size_t c) inout
    in (r < R && c < C)
    {
        return data[r * C + c];
    }

    Matrix opBinary(string op)(const Matrix rhs) const
        if (op == "+" || op == "-")
    {
        Matrix result;
        foreach (i; 0 .. R * C)
            mixin("result.data[i] = data[i] " ~ op ~ " rhs.data[i];");
        return result;
    }

    Matrix opBinary(string op)(T scalar) const
        if (op == "*" || op == "/")
    {
        Matrix result;
        foreach (i, v; data)
            mixin("result.data[i] = v " ~ op ~ " scalar;");
        return result;
    }

    Matrix opBinaryRight(string op : "*")(T scalar) const
    {
        return this * scalar;
    }

    Matrix!(T, R, K) opBinary(string op : "*", size_t K)(const Matrix!(T, C, K) rhs) const
    {
        Matrix!(T, R, K) result;
        foreach (i; 0 .. R)
            foreach (j; 0 .. K)
            {
                T acc = 0;
                foreach (k; 0 .. C)
                    acc += this[i, k] * rhs[k, j];
                result[i, j] = acc;
            }
        return result;
    }

    ref Matrix opOpAssign(string op)(const Matrix rhs)
        if (op == "+" || op == "-")
    {
        foreach (i; 0 .. R * C)
            mixin("data[i] " ~ op ~ "= rhs.data[i];");
        return this;
    }

    Matrix!(T, C, R) transposed() const
    {
        Matrix!(T, C, R) t;
        foreach (i; 0 .. R)
            foreach (j; 0 .. C)
                t[j, i] = this[i, j];
        return t;
    }

    static if (R == C)
    {
        T trace() const
        {
            return iota(R).map!(i => this[i, i]).sum;
        }

        static if (R == 2)
            T determinant() const { return this[0, 0] * this[1, 1] - this[0, 1] * this[1, 0]; }
        else static if (R == 3)
            T determinant() const
            {
                return this[0, 0] * (this[1, 1] * this[2, 2] - this[1, 2] * this[2, 1])
                     - this[0, 1] * (this[1, 0] * this[2, 2] - this[1, 2] * this[2, 0])
                     + this[0, 2] * (this[1, 0] * this[2, 1] - this[1, 1] * this[2, 0]);
            }
    }

    bool opEquals(const Matrix rhs) const
    {
        static if (isFloatingPoint!T)
        {
            foreach (i; 0 .. R * C)
                if (!isClose(data[i], rhs.data[i], 1e-9, 1e-12))
                    return false;
            return true;
        }
        else
            return data == rhs.data;
    }

    void toString(W)(ref W sink) const
    {
        foreach (i; 0 .. R)
        {
            sink.formattedWrite("[");
            foreach (j; 0 .. C)
                sink.formattedWrite(j ? " %8.3f" : "%8.3f", cast(double) this[i, j]);
            sink.formattedWrite("]\n");
        }
    }
}

alias Mat2 = Matrix!(double, 2, 2);
alias Mat3 = Matrix!(double, 3, 3);
alias Mat3i = Matrix!(int, 3, 3);

unittest
{
    auto a = Mat2(1, 2,
                  3, 4);
    auto i2 = Mat2.identity;
    assert(a * i2 == a);
    assert(a.determinant == -2);
    assert(a.trace == 5);
    assert((a + a) == a * 2.0);
    assert(2.0 * a == a + a);
    assert(a.transposed[0, 1] == 3);
}

unittest
{
    auto m = Mat3i(2, 0, 1,
                   1, 3, 2,
                   1, 1, 1);
    assert(m.determinant == 1);

    auto row = Matrix!(int, 1, 3)(1, 2, 3);
    auto col = row.transposed;
    static assert(is(typeof(row * col) == Matrix!(int, 1, 1)));
    assert((row * col)[0, 0] == 14);
}

unittest
{
    Mat3 acc;
    acc += Mat3.identity;
    acc += Mat3.identity;
    assert(acc.trace == 6);
    assert(format("%s", Mat2.identity) == "[   1.000    0.000]\n[   0.000    1.000]\n");
}
