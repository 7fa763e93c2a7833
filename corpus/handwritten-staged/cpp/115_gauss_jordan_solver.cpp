// Dense linear solver with partial pivoting: solve, inverse, rank, det.
// Demo: node voltages of a small resistor network (nodal analysis).

#include <cmath>
#include <iomanip>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

namespace la {

class Matrix {
public:
    Matrix(std::size_t rows, std::size_t cols, double fill = 0.0)
        : rows_(rows), cols_(cols), data_(rows * cols, fill) {}

    Matrix(std::initializer_list<std::initializer_list<double>> init)
        : Matrix(init.size(), init.size() ? init.begin()->size() : 0) {
        std::size_t r = 0;
        for (const auto& row : init) {
            if (row.size() != cols_) throw std::invalid_argument("ragged initializer");
            std::size_t c = 0;
            for (double v : row) (*this)(r, c++) = v;
            ++r;
        }
    }

    static Matrix identity(std::size_t n) {
        Matrix m(n, n);
        for (std::size_t i = 0; i < n; ++i) m(i, i) = 1.0;
        return m;
    }

    double& operator()(std::size_t r, std::size_t c) { return data_[r * cols_ + c]; }
    double operator()(std::size_t r, std::size_t c) const { return data_[r * cols_ + c]; }

    std::size_t rows() const noexcept { return rows_; }
    std::size_t cols() const noexcept { return cols_; }

    void swap_rows(std::size_t a, std::size_t b) {
        if (a == b) return;
        for (std::size_t c = 0; c < cols_; ++c) std::swap((*this)(a, c), (*this)(b, c));
    }

    friend Matrix operator*(const Matrix& a, const Matrix& b) {
        if (a.cols_ != b.rows_) throw std::invalid_argument("shape mismatch");
        Matrix r(a.rows_, b.cols_);
        for (std::size_t i = 0; i < a.rows_; ++i)
            for (std::size_t k = 0; k < a.cols_; ++k) {
                const double aik = a(i, k);
                for (std::size_t j = 0; j < b.cols_; ++j) r(i, j) += aik * b(k, j);
            }
        return r;
    }

    friend std::ostream& operator<<(std::ostream& os, const Matrix& m) {
        for (std::size_t r = 0; r < m.rows_; ++r) {
            for (std::size_t c = 0; c < m.cols_; ++c) os << std::setw(10) << std::setprecision(4) << m(r, c);
            os << '\n';
        }
        return os;
    }

private:
    std::size_t rows_, cols_;
    std::vector<double> data_;
};

struct Elimination {
    Matrix reduced;
    std::size_t rank;
    double det;
};

// Reduces [A | B] in place to reduced row echelon form.
inline Elimination gauss_jordan(Matrix aug, std::size_t left_cols, double eps = 1e-12) {
    std::size_t pivot_row = 0;
    double det = 1.0;
    for (std::size_t col = 0; col < left_cols && pivot_row < aug.rows(); ++col) {
        std::size_t best = pivot_row;
        for (std::size_t r = pivot_row + 1; r < aug.rows(); ++r)
            if (std::abs(aug(r, col)) > std::abs(aug(best, col))) best = r;
        if (std::abs(aug(best, col)) < eps) {
            det = 0.0;
            continue;
        }
        if (best != pivot_row) {
            aug.swap_rows(best, pivot_row);
            det = -det;
        }
        const double p = aug(pivot_row, col);
        det *= p;
        for (std::size_t c = 0; c < aug.cols(); ++c) aug(pivot_row, c) /= p;
        for (std::size_t r = 0; r < aug.rows(); ++r) {
            if (r == pivot_row) continue;
            const double f = aug(r, col);
            if (f == 0.0) continue;
            for (std::size_t c = 0; c < aug.cols(); ++c) aug(r, c) -= f * aug(pivot_row, c);
        }
        ++pivot_row;
    }
    return {std::move(aug), pivot_row, pivot_row == left_cols ? det : 0.0};
}

inline Matrix augment(const Matrix& a, const Matrix& b) {
    Matrix m(a.rows(), a.cols() + b.cols());
    for (std::size_t r = 0; r < a.rows(); ++r) {
        for (std::size_t c = 0; c < a.cols(); ++c) m(r, c) = a(r, c);
        for (std::size_t c = 0; c < b.cols(); ++c) m(r, a.cols() + c) = b(r, c);
    }
    return m;
}

inline std::optional<Matrix> solve(const Matrix& a, const Matrix& b) {
    auto [red, rank, det] = gauss_jordan(augment(a, b), a.cols());
    if (rank < a.cols()) return std::nullopt;
    Matrix x(a.cols(), b.cols());
    for (std::size_t r = 0; r < a.cols(); ++r)
        for (std::size_t c = 0; c < b.cols(); ++c) x(r, c) = red(r, a.cols() + c);
    return x;
}

inline std::optional<Matrix> inverse(const Matrix& a) { return solve(a, Matrix::identity(a.rows())); }

}  // namespace la

int main() {
    // Nodes 1..3, a 10 V source into node 1 through 1 kOhm (Norton: 10 mA),
    // conductances in mS, currents in mA -> voltages in V.
    const la::Matrix G{
        {1.0 + 0.5 + 0.25, -0.5, -0.25},
        {-0.5, 0.5 + 0.2 + 1.0, -1.0},
        {-0.25, -1.0, 0.25 + 1.0 + 0.1},
    };
    const la::Matrix I{{10.0}, {0.0}, {0.0}};

    if (auto v = la::solve(G, I)) {
        std::cout << "node voltages (V):\n" << *v;
        std::cout << "check G*v:\n" << G * *v;
    }

    const auto elim = la::gauss_jordan(la::augment(G, la::Matrix(3, 0)), 3);
    std::cout << "rank " << elim.rank << ", det " << elim.det << '\n';

    const la::Matrix singular{{1, 2}, {2, 4}};
    std::cout << "singular inverse? " << (la::inverse(singular) ? "yes" : "no") << '\n';
}
