#pragma once

#include <cmath>
#include <compare>
#include <ostream>

namespace engine::math {

template <typename T>
struct Vec3 {
    T x{}, y{}, z{};

    constexpr Vec3() = default;
    constexpr Vec3(T x_, T y_, T z_) : x(x_), y(y_), z(z_) {}
    constexpr explicit Vec3(T s) : x(s), y(s), z(s) {}

    static constexpr Vec3 zero() { return {}; }
    static constexpr Vec3 up() { return {T(0), T(1), T(0)}; }
    static constexpr Vec3 forward() { return {T(0), T(0), T(-1)}; }

    constexpr T& operator[](int i) { return i == 0 ? x : (i == 1 ? y : z); }
    constexpr const T& operator[](int i) const { return i == 0 ? x : (i == 1 ? y : z); }

    constexpr Vec3& operator+=(const Vec3& o) { x += o.x; y += o.y; z += o.z; return *this; }
    constexpr Vec3& operator-=(const Vec3& o) { x -= o.x; y -= o.y; z -= o.z; return *this; }
    constexpr Vec3& operator*=(T s) { x *= s; y *= s; z *= s; return *this; }
    constexpr Vec3& operator/=(T s) { x /= s; y /= s; z /= s; return *this; }

    friend constexpr Vec3 operator+(Vec3 a, const Vec3& b) { return a += b; }
    friend constexpr Vec3 operator-(Vec3 a, const Vec3& b) { return a -= b; }
    friend constexpr Vec3 operator*(Vec3 a, T s) { return a *= s; }
    friend constexpr Vec3 operator*(T s, Vec3 a) { return a *= s; }
    friend constexpr Vec3 operator/(Vec3 a, T s) { return a /= s; }
    friend constexpr Vec3 operator-(const Vec3& a) { return {-a.x, -a.y, -a.z}; }

    friend constexpr bool operator==(const Vec3&, const Vec3&) = default;

    [[nodiscard]] constexpr T dot(const Vec3& o) const { return x * o.x + y * o.y + z * o.z; }

    [[nodiscard]] constexpr Vec3 cross(const Vec3& o) const {
        return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x};
    }

    [[nodiscard]] constexpr T length_squared() const { return dot(*this); }
    [[nodiscard]] T length() const { return std::sqrt(length_squared()); }

    [[nodiscard]] Vec3 normalized() const {
        const T len = length();
        return len > T(0) ? *this / len : Vec3{};
    }

    [[nodiscard]] constexpr Vec3 hadamard(const Vec3& o) const { return {x * o.x, y * o.y, z * o.z}; }

    [[nodiscard]] Vec3 reflect(const Vec3& normal) const {
        return *this - normal * (T(2) * dot(normal));
    }
};

using Vec3f = Vec3<float>;
using Vec3d = Vec3<double>;

template <typename T>
[[nodiscard]] constexpr Vec3<T> lerp(const Vec3<T>& a, const Vec3<T>& b, T t) {
    return a + (b - a) * t;
}

template <typename T>
[[nodiscard]] T distance(const Vec3<T>& a, const Vec3<T>& b) {
    return (b - a).length();
}

template <typename T>
[[nodiscard]] bool nearly_equal(const Vec3<T>& a, const Vec3<T>& b, T eps = T(1e-5)) {
    return std::abs(a.x - b.x) <= eps && std::abs(a.y - b.y) <= eps && std::abs(a.z - b.z) <= eps;
}

template <typename T>
std::ostream& operator<<(std::ostream& os, const Vec3<T>& v) {
    return os << '(' << v.x << ", " << v.y << ", " << v.z << ')';
}

static_assert(Vec3f{1, 0, 0}.cross(Vec3f{0, 1, 0}) == Vec3f{0, 0, 1});
static_assert(Vec3<int>{1, 2, 3}.dot(Vec3<int>{4, 5, 6}) == 32);

}  // namespace engine::math
