#include <iostream>
#include <numeric>
#include <stdexcept>
#include <compare>

class Fraction {
public:
    constexpr Fraction(long long num = 0, long long den = 1) : n_(num), d_(den) {
        if (d_ == 0) throw std::domain_error("zero denominator");
        normalize();
    }

    constexpr long long num() const { return n_; }
    constexpr long long den() const { return d_; }

    constexpr Fraction& operator+=(const Fraction& o) {
        n_ = n_ * o.d_ + o.n_ * d_;
        d_ *= o.d_;
        normalize();
        return *this;
    }
    constexpr Fraction& operator-=(const Fraction& o) { return *this += -o; }
    constexpr Fraction& operator*=(const Fraction& o) {
        n_ *= o.n_;
        d_ *= o.d_;
        normalize();
        return *this;
    }
    constexpr Fraction& operator/=(const Fraction& o) { return *this *= Fraction(o.d_, o.n_); }

    constexpr Fraction operator-() const { return Fraction(-n_, d_); }

    friend constexpr Fraction operator+(Fraction a, const Fraction& b) { return a += b; }
    friend constexpr Fraction operator-(Fraction a, const Fraction& b) { return a -= b; }
    friend constexpr Fraction operator*(Fraction a, const Fraction& b) { return a *= b; }
    friend constexpr Fraction operator/(Fraction a, const Fraction& b) { return a /= b; }

    friend constexpr bool operator==(const Fraction&, const Fraction&) = default;
    friend constexpr std::strong_ordering operator<=>(const Fraction& a, const Fraction& b) {
        return a.n_ * b.d_ <=> b.n_ * a.d_;
    }

    explicit constexpr operator double() const { return static_cast<double>(n_) / d_; }

    friend std::ostream& operator<<(std::ostream& os, const Fraction& f) {
        if (f.d_ == 1) return os << f.n_;
        return os << f.n_ << '/' << f.d_;
    }

    friend std::istream& operator>>(std::istream& is, Fraction& f) {
        long long n, d = 1;
        char slash;
        if (is >> n) {
            if (is.peek() == '/') { is >> slash >> d; }
            f = Fraction(n, d);
        }
        return is;
    }

private:
    constexpr void normalize() {
        if (d_ < 0) { n_ = -n_; d_ = -d_; }
        const long long g = std::gcd(n_, d_);
        if (g > 1) { n_ /= g; d_ /= g; }
    }

    long long n_, d_;
};

static_assert(Fraction(1, 2) + Fraction(1, 3) == Fraction(5, 6));
static_assert(Fraction(2, -4) == Fraction(-1, 2));
static_assert(Fraction(1, 3) < Fraction(1, 2));

int main() {
    Fraction sum;
    for (int k = 1; k <= 10; ++k)
        sum += Fraction(1, k * (k + 1));      // telescopes to 10/11
    std::cout << "sum = " << sum << " ~ " << static_cast<double>(sum) << '\n';

    Fraction a, b;
    std::cout << "enter two fractions: ";
    if (std::cin >> a >> b)
        std::cout << a << " + " << b << " = " << a + b << '\n'
                  << a << " / " << b << " = " << a / b << '\n';
}
