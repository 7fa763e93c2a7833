#pragma once
// Q16.16 fixed-point arithmetic for MCUs without an FPU.
#include <cstdint>
#include <limits>

namespace fx {

class Q16 {
public:
    using raw_type = std::int32_t;
    static constexpr int kFracBits = 16;
    static constexpr raw_type kOne = raw_type{1} << kFracBits;

    constexpr Q16() = default;
    constexpr Q16(int v) : raw_(static_cast<raw_type>(v) * kOne) {}
    constexpr explicit Q16(double v) : raw_(static_cast<raw_type>(v * kOne + (v >= 0 ? 0.5 : -0.5))) {}

    static constexpr Q16 from_raw(raw_type r) { Q16 q; q.raw_ = r; return q; }
    static constexpr Q16 max() { return from_raw(std::numeric_limits<raw_type>::max()); }
    static constexpr Q16 min() { return from_raw(std::numeric_limits<raw_type>::min()); }

    [[nodiscard]] constexpr raw_type raw() const { return raw_; }
    [[nodiscard]] constexpr int to_int() const { return raw_ >> kFracBits; }
    [[nodiscard]] constexpr double to_double() const { return static_cast<double>(raw_) / kOne; }

    constexpr Q16 operator-() const { return from_raw(-raw_); }
    constexpr Q16& operator+=(Q16 o) { raw_ = saturate(std::int64_t{raw_} + o.raw_); return *this; }
    constexpr Q16& operator-=(Q16 o) { raw_ = saturate(std::int64_t{raw_} - o.raw_); return *this; }
    constexpr Q16& operator*=(Q16 o) {
        const std::int64_t wide = std::int64_t{raw_} * o.raw_;
        raw_ = saturate((wide + (std::int64_t{1} << (kFracBits - 1))) >> kFracBits);
        return *this;
    }
    constexpr Q16& operator/=(Q16 o) {
        if (o.raw_ == 0) { raw_ = raw_ >= 0 ? max().raw_ : min().raw_; return *this; }
        raw_ = saturate((std::int64_t{raw_} << kFracBits) / o.raw_);
        return *this;
    }

    friend constexpr Q16 operator+(Q16 a, Q16 b) { return a += b; }
    friend constexpr Q16 operator-(Q16 a, Q16 b) { return a -= b; }
    friend constexpr Q16 operator*(Q16 a, Q16 b) { return a *= b; }
    friend constexpr Q16 operator/(Q16 a, Q16 b) { return a /= b; }
    friend constexpr auto operator<=>(Q16, Q16) = default;

private:
    static constexpr raw_type saturate(std::int64_t v) {
        if (v > std::numeric_limits<raw_type>::max()) return std::numeric_limits<raw_type>::max();
        if (v < std::numeric_limits<raw_type>::min()) return std::numeric_limits<raw_type>::min();
        return static_cast<raw_type>(v);
    }

    raw_type raw_ = 0;
};

// integer square root by Newton iteration, result in Q16
constexpr Q16 sqrt(Q16 x) {
    if (x.raw() <= 0) return Q16{};
    std::uint64_t n = static_cast<std::uint64_t>(x.raw()) << Q16::kFracBits;
    std::uint64_t r = n, prev = 0;
    while (r != prev) { prev = r; r = (r + n / r) / 2; if (r > prev) r = prev; }
    return Q16::from_raw(static_cast<Q16::raw_type>(r));
}

static_assert((Q16(3) * Q16(0.5)).raw() == Q16(1.5).raw());
static_assert((Q16(1) / Q16(4)).raw() == Q16::kOne / 4);
static_assert(Q16(30000) * Q16(30000) == Q16::max());   // saturates
static_assert(sqrt(Q16(16)).to_int() == 4);

} // namespace fx
