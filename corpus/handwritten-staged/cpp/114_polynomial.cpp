#include <cmath>
#include <complex>
#include <initializer_list>
#include <iostream>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace alg {

template <typename T>
class Polynomial {
public:
    Polynomial() = default;
    Polynomial(std::initializer_list<T> coeffs) : c_(coeffs) { normalize(); }   // c_[i] * x^i
    explicit Polynomial(std::vector<T> coeffs) : c_(std::move(coeffs)) { normalize(); }

    [[nodiscard]] int degree() const noexcept { return c_.empty() ? -1 : static_cast<int>(c_.size()) - 1; }
    [[nodiscard]] T operator[](std::size_t i) const noexcept { return i < c_.size() ? c_[i] : T{}; }

    // Horner's rule
    template <typename U>
    [[nodiscard]] U operator()(U x) const {
        U acc{};
        for (auto it = c_.rbegin(); it != c_.rend(); ++it) acc = acc * x + U(*it);
        return acc;
    }

    Polynomial& operator+=(const Polynomial& o) {
        c_.resize(std::max(c_.size(), o.c_.size()), T{});
        for (std::size_t i = 0; i < o.c_.size(); ++i) c_[i] += o.c_[i];
        normalize();
        return *this;
    }

    Polynomial& operator-=(const Polynomial& o) {
        c_.resize(std::max(c_.size(), o.c_.size()), T{});
        for (std::size_t i = 0; i < o.c_.size(); ++i) c_[i] -= o.c_[i];
        normalize();
        return *this;
    }

    friend Polynomial operator+(Polynomial a, const Polynomial& b) { return a += b; }
    friend Polynomial operator-(Polynomial a, const Polynomial& b) { return a -= b; }

    friend Polynomial operator*(const Polynomial& a, const Polynomial& b) {
        if (a.c_.empty() || b.c_.empty()) return {};
        std::vector<T> r(a.c_.size() + b.c_.size() - 1, T{});
        for (std::size_t i = 0; i < a.c_.size(); ++i)
            for (std::size_t j = 0; j < b.c_.size(); ++j) r[i + j] += a.c_[i] * b.c_[j];
        return Polynomial(std::move(r));
    }

    // long division: returns {quotient, remainder}
    friend std::pair<Polynomial, Polynomial> divmod(Polynomial num, const Polynomial& den) {
        if (den.degree() < 0) throw std::domain_error("division by zero polynomial");
        if (num.degree() < den.degree()) return {Polynomial{}, num};
        std::vector<T> q(num.degree() - den.degree() + 1, T{});
        while (num.degree() >= den.degree()) {
            const auto shift = static_cast<std::size_t>(num.degree() - den.degree());
            const T factor = num.c_.back() / den.c_.back();
            q[shift] = factor;
            for (std::size_t i = 0; i < den.c_.size(); ++i) num.c_[i + shift] -= factor * den.c_[i];
            num.c_.pop_back();
            num.normalize();
        }
        return {Polynomial(std::move(q)), num};
    }

    [[nodiscard]] Polynomial derivative() const {
        if (c_.size() <= 1) return {};
        std::vector<T> d(c_.size() - 1);
        for (std::size_t i = 1; i < c_.size(); ++i) d[i - 1] = c_[i] * static_cast<T>(i);
        return Polynomial(std::move(d));
    }

    // All complex roots via Durand-Kerner iteration.
    [[nodiscard]] std::vector<std::complex<double>> roots(int iterations = 500) const {
        const int n = degree();
        if (n < 1) return {};
        std::vector<std::complex<double>> z(n);
        const std::complex<double> seed(0.4, 0.9);
        for (int i = 0; i < n; ++i) z[i] = std::pow(seed, i);

        const double lead = static_cast<double>(c_.back());
        for (int it = 0; it < iterations; ++it) {
            double change = 0;
            for (int i = 0; i < n; ++i) {
                std::complex<double> denom = lead;
                for (int j = 0; j < n; ++j)
                    if (j != i) denom *= (z[i] - z[j]);
                const auto delta = (*this)(z[i]) / denom;
                z[i] -= delta;
                change = std::max(change, std::abs(delta));
            }
            if (change < 1e-14) break;
        }
        return z;
    }

    friend std::ostream& operator<<(std::ostream& os, const Polynomial& p) {
        if (p.c_.empty()) return os << '0';
        bool first = true;
        for (int i = p.degree(); i >= 0; --i) {
            const T coef = p.c_[i];
            if (coef == T{}) continue;
            const T mag = coef < T{} ? -coef : coef;
            if (!first) os << (coef < T{} ? " - " : " + ");
            else if (coef < T{}) os << '-';
            if (mag != T{1} || i == 0) os << mag;
            if (i >= 1) os << 'x';
            if (i > 1) os << '^' << i;
            first = false;
        }
        return os;
    }

private:
    void normalize() {
        while (!c_.empty() && c_.back() == T{}) c_.pop_back();
    }

    std::vector<T> c_;
};

}  // namespace alg

int main() {
    using P = alg::Polynomial<double>;
    const P p{-6, 11, -6, 1};        // (x-1)(x-2)(x-3)
    const P q{-1, 1};                // x - 1

    std::cout << "p(x)  = " << p << '\n'
              << "p'(x) = " << p.derivative() << '\n'
              << "p(4)  = " << p(4.0) << '\n';

    auto [quot, rem] = divmod(p, q);
    std::cout << "p / (x - 1) = " << quot << ", remainder " << rem << '\n';
    std::cout << "(x - 1)^2 = " << q * q << '\n';

    std::cout << "roots:";
    for (const auto& r : p.roots()) std::cout << ' ' << std::round(r.real() * 1e9) / 1e9;
    std::cout << '\n';
}
