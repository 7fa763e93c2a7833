#ifndef LINALG_MATRIX_HPP
#define LINALG_MATRIX_HPP

#include <array>
#include <cmath>
#include <initializer_list>
#include <ostream>

namespace linalg {

template <typename T, std::size_t R, std::size_t C>
class Matrix {
public:
    constexpr Matrix() = default;

    constexpr Matrix(std::initializer_list<T> values) {
        std::size_t i = 0;
        for (T v : values) {
            if (i >= R * C) break;
            data_[i++] = v;
        }
    }

    static constexpr Matrix identity() requires(R == C) {
        Matrix m;
        for (std::size_t i = 0; i < R; ++i) m(i, i) = T{1};
        return m;
    }

    constexpr T& operator()(std::size_t r, std::size_t c) { return data_[r * C + c]; }
    constexpr const T& operator()(std::size_t r, std::size_t c) const { return data_[r * C + c]; }

    constexpr Matrix operator+(const Matrix& o) const {
        Matrix out;
        for (std::size_t i = 0; i < R * C; ++i) out.data_[i] = data_[i] + o.data_[i];
        return out;
    }

    template <std::size_t K>
    constexpr Matrix<T, R, K> operator*(const Matrix<T, C, K>& o) const {
        Matrix<T, R, K> out;
        for (std::size_t i = 0; i < R; ++i)
            for (std::size_t k = 0; k < C; ++k)
                for (std::size_t j = 0; j < K; ++j) out(i, j) += (*this)(i, k) * o(k, j);
        return out;
    }

    constexpr Matrix<T, C, R> transposed() const {
        Matrix<T, C, R> t;
        for (std::size_t i = 0; i < R; ++i)
            for (std::size_t j = 0; j < C; ++j) t(j, i) = (*this)(i, j);
        return t;
    }

    friend std::ostream& operator<<(std::ostream& os, const Matrix& m) {
        for (std::size_t i = 0; i < R; ++i) {
            os << (i == 0 ? "[[" : " [");
            for (std::size_t j = 0; j < C; ++j) os << m(i, j) << (j + 1 < C ? ", " : "");
            os << (i + 1 == R ? "]]" : "]\n");
        }
        return os;
    }

private:
    std::array<T, R * C> data_{};
};

using Mat3f = Matrix<float, 3, 3>;
using Mat4f = Matrix<float, 4, 4>;

template <typename T>
Matrix<T, 3, 3> rotationZ(T radians) {
    const T c = std::cos(radians), s = std::sin(radians);
    return {c, -s, T{0}, s, c, T{0}, T{0}, T{0}, T{1}};
}

}  // namespace linalg

#endif
