#include <array>
#include <cmath>
#include <concepts>
#include <iostream>
#include <numeric>

template <typename T>
concept Arithmetic = std::integral<T> || std::floating_point<T>;

template <Arithmetic T, std::size_t N>
struct Vec {
    std::array<T, N> v{};

    constexpr T& operator[](std::size_t i) { return v[i]; }
    constexpr const T& operator[](std::size_t i) const { return v[i]; }

    constexpr Vec operator+(const Vec& o) const {
        Vec r;
        for (std::size_t i = 0; i < N; ++i) r[i] = v[i] + o[i];
        return r;
    }

    template <Arithmetic S>
    constexpr auto operator*(S k) const {
        Vec<std::common_type_t<T, S>, N> r;
        for (std::size_t i = 0; i < N; ++i) r[i] = v[i] * k;
        return r;
    }

    constexpr T dot(const Vec& o) const {
        return std::inner_product(v.begin(), v.end(), o.v.begin(), T{});
    }

    auto norm() const requires std::floating_point<T> { return std::sqrt(dot(*this)); }

    friend std::ostream& operator<<(std::ostream& os, const Vec& x) {
        os << '(';
        for (std::size_t i = 0; i < N; ++i) os << (i ? ", " : "") << x[i];
        return os << ')';
    }
};

template <typename T>
concept HasNorm = requires(const T& t) {
    { t.norm() } -> std::floating_point;
};

template <HasNorm V>
V normalize(const V& x) {
    auto n = x.norm();
    return n == 0 ? x : x * (1.0 / n);
}

int main() {
    constexpr Vec<int, 3> a{{1, 2, 3}}, b{{4, 5, 6}};
    static_assert(a.dot(b) == 32);
    std::cout << a + b << " dot=" << a.dot(b) << " scaled=" << a * 1.5 << '\n';

    Vec<double, 2> d{{3.0, 4.0}};
    std::cout << "norm=" << d.norm() << " unit=" << normalize(d) << '\n';
    static_assert(!HasNorm<Vec<int, 2>>, "integer vectors have no norm()");
}
