#pragma once
// Zero-cost strong types for physical units. Mixing meters and seconds
// without an explicit division fails to compile.

#include <compare>
#include <ostream>
#include <ratio>
#include <string>
#include <type_traits>

namespace units {

template <int L, int T, int M>
struct Dim {
    static constexpr int length = L, time = T, mass = M;
};

template <typename D1, typename D2>
using dim_mul = Dim<D1::length + D2::length, D1::time + D2::time, D1::mass + D2::mass>;
template <typename D1, typename D2>
using dim_div = Dim<D1::length - D2::length, D1::time - D2::time, D1::mass - D2::mass>;

template <typename D, typename Rep = double>
class Quantity {
public:
    using dimension = D;

    constexpr Quantity() = default;
    constexpr explicit Quantity(Rep v) : value_(v) {}

    [[nodiscard]] constexpr Rep value() const noexcept { return value_; }

    constexpr Quantity& operator+=(Quantity o) noexcept { value_ += o.value_; return *this; }
    constexpr Quantity& operator-=(Quantity o) noexcept { value_ -= o.value_; return *this; }

    friend constexpr Quantity operator+(Quantity a, Quantity b) noexcept { return a += b; }
    friend constexpr Quantity operator-(Quantity a, Quantity b) noexcept { return a -= b; }
    friend constexpr Quantity operator*(Quantity a, Rep s) noexcept { return Quantity{a.value_ * s}; }
    friend constexpr Quantity operator*(Rep s, Quantity a) noexcept { return Quantity{a.value_ * s}; }
    friend constexpr auto operator<=>(Quantity, Quantity) = default;

private:
    Rep value_{};
};

template <typename D1, typename D2, typename R>
constexpr auto operator*(Quantity<D1, R> a, Quantity<D2, R> b) {
    return Quantity<dim_mul<D1, D2>, R>{a.value() * b.value()};
}

template <typename D1, typename D2, typename R>
constexpr auto operator/(Quantity<D1, R> a, Quantity<D2, R> b) {
    return Quantity<dim_div<D1, D2>, R>{a.value() / b.value()};
}

using Meters       = Quantity<Dim<1, 0, 0>>;
using Seconds      = Quantity<Dim<0, 1, 0>>;
using Kilograms    = Quantity<Dim<0, 0, 1>>;
using MetersPerSec = Quantity<Dim<1, -1, 0>>;
using Accel        = Quantity<Dim<1, -2, 0>>;
using Newtons      = Quantity<Dim<1, -2, 1>>;

namespace literals {
constexpr Meters operator""_m(long double v) { return Meters{static_cast<double>(v)}; }
constexpr Meters operator""_km(long double v) { return Meters{static_cast<double>(v) * 1000.0}; }
constexpr Seconds operator""_s(long double v) { return Seconds{static_cast<double>(v)}; }
constexpr Kilograms operator""_kg(long double v) { return Kilograms{static_cast<double>(v)}; }
}  // namespace literals

template <int L, int T, int M, typename R>
std::ostream& operator<<(std::ostream& os, Quantity<Dim<L, T, M>, R> q) {
    os << q.value();
    if (M) os << " kg" << (M != 1 ? "^" + std::to_string(M) : "");
    if (L) os << " m" << (L != 1 ? "^" + std::to_string(L) : "");
    if (T) os << " s^" << T;
    return os;
}

namespace checks {
using namespace literals;
constexpr auto speed = 100.0_m / 9.58_s;
static_assert(std::is_same_v<std::remove_const_t<decltype(speed)>, MetersPerSec>);
constexpr Newtons f = 2.0_kg * (speed / 1.0_s);
static_assert(f.value() > 20.0);
static_assert(1.5_km > 1400.0_m);
}  // namespace checks

}  // namespace units
