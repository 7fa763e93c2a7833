#pragma once
#include <cmath>
#include <numbers>

namespace engine::math {

struct Quat {
    float w = 1.f, x = 0.f, y = 0.f, z = 0.f;

    static Quat from_axis_angle(float ax, float ay, float az, float radians) noexcept {
        const float len = std::sqrt(ax * ax + ay * ay + az * az);
        if (len == 0.f) return {};
        const float s = std::sin(radians * 0.5f) / len;
        return {std::cos(radians * 0.5f), ax * s, ay * s, az * s};
    }

    static Quat from_euler_deg(float pitch, float yaw, float roll) noexcept {
        constexpr float d2r = std::numbers::pi_v<float> / 180.f;
        const float cp = std::cos(pitch * d2r * .5f), sp = std::sin(pitch * d2r * .5f);
        const float cy = std::cos(yaw * d2r * .5f), sy = std::sin(yaw * d2r * .5f);
        const float cr = std::cos(roll * d2r * .5f), sr = std::sin(roll * d2r * .5f);
        return {
            cr * cp * cy + sr * sp * sy,
            cr * sp * cy + sr * cp * sy,
            cr * cp * sy - sr * sp * cy,
            sr * cp * cy - cr * sp * sy,
        };
    }

    [[nodiscard]] constexpr Quat conjugate() const noexcept { return {w, -x, -y, -z}; }
    [[nodiscard]] float norm() const noexcept { return std::sqrt(w * w + x * x + y * y + z * z); }

    [[nodiscard]] Quat normalized() const noexcept {
        const float n = norm();
        return n > 0.f ? Quat{w / n, x / n, y / n, z / n} : Quat{};
    }

    constexpr Quat operator*(const Quat& q) const noexcept {
        return {
            w * q.w - x * q.x - y * q.y - z * q.z,
            w * q.x + x * q.w + y * q.z - z * q.y,
            w * q.y - x * q.z + y * q.w + z * q.x,
            w * q.z + x * q.y - y * q.x + z * q.w,
        };
    }

    // rotate a point: q * p * q^-1 (q assumed unit length)
    void rotate(float& px, float& py, float& pz) const noexcept {
        const Quat p{0.f, px, py, pz};
        const Quat r = *this * p * conjugate();
        px = r.x; py = r.y; pz = r.z;
    }

    [[nodiscard]] friend Quat slerp(Quat a, Quat b, float t) noexcept {
        float cosTheta = a.w * b.w + a.x * b.x + a.y * b.y + a.z * b.z;
        if (cosTheta < 0.f) { b = {-b.w, -b.x, -b.y, -b.z}; cosTheta = -cosTheta; }
        if (cosTheta > 0.9995f) {
            Quat r{a.w + t * (b.w - a.w), a.x + t * (b.x - a.x), a.y + t * (b.y - a.y), a.z + t * (b.z - a.z)};
            return r.normalized();
        }
        const float theta = std::acos(cosTheta);
        const float s = std::sin(theta);
        const float wa = std::sin((1.f - t) * theta) / s, wb = std::sin(t * theta) / s;
        return {wa * a.w + wb * b.w, wa * a.x + wb * b.x, wa * a.y + wb * b.y, wa * a.z + wb * b.z};
    }
};

} // namespace engine::math
