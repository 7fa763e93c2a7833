#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace phys {

struct Vec2 { float x, y; };

struct AABB {
    Vec2 min, max;

    [[nodiscard]] constexpr bool overlaps(const AABB& o) const noexcept {
        return min.x < o.max.x && max.x > o.min.x && min.y < o.max.y && max.y > o.min.y;
    }
    [[nodiscard]] constexpr Vec2 center() const noexcept {
        return {(min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f};
    }
};

struct Contact {
    Vec2 normal;
    float depth;
};

// Minimum translation vector pushing `a` out of `b`.
std::optional<Contact> collide(const AABB& a, const AABB& b) {
    if (!a.overlaps(b)) return std::nullopt;
    const float dx1 = b.max.x - a.min.x, dx2 = a.max.x - b.min.x;
    const float dy1 = b.max.y - a.min.y, dy2 = a.max.y - b.min.y;
    const float px = std::min(dx1, dx2), py = std::min(dy1, dy2);
    if (px < py) return Contact{{dx1 < dx2 ? 1.f : -1.f, 0.f}, px};
    return Contact{{0.f, dy1 < dy2 ? 1.f : -1.f}, py};
}

struct Body {
    AABB box;
    Vec2 velocity{};
    bool is_static = false;

    void move(Vec2 d) {
        box.min.x += d.x; box.max.x += d.x;
        box.min.y += d.y; box.max.y += d.y;
    }
};

void step(std::vector<Body>& bodies, float dt) {
    for (auto& b : bodies)
        if (!b.is_static) b.move({b.velocity.x * dt, b.velocity.y * dt});

    for (std::size_t i = 0; i < bodies.size(); ++i) {
        for (std::size_t j = i + 1; j < bodies.size(); ++j) {
            auto& a = bodies[i];
            auto& b = bodies[j];
            if (a.is_static && b.is_static) continue;
            auto hit = collide(a.box, b.box);
            if (!hit) continue;
            const auto& [n, depth] = *hit;
            if (a.is_static) {
                b.move({-n.x * depth, -n.y * depth});
            } else if (b.is_static) {
                a.move({n.x * depth, n.y * depth});
            } else {
                a.move({n.x * depth * .5f, n.y * depth * .5f});
                b.move({-n.x * depth * .5f, -n.y * depth * .5f});
            }
            if (n.y != 0.f && !a.is_static) a.velocity.y = 0.f;
            if (n.y != 0.f && !b.is_static) b.velocity.y = 0.f;
        }
    }
}

}  // namespace phys

int main() {
    using namespace phys;
    std::vector<Body> world{
        {.box = {{0, 0}, {100, 10}}, .is_static = true},           // floor
        {.box = {{10, 30}, {20, 40}}, .velocity = {0, -40}},       // falling crate
        {.box = {{40, 12}, {50, 22}}, .velocity = {-25, 0}},       // sliding crate
    };

    for (int frame = 0; frame < 60; ++frame) {
        for (auto& b : world)
            if (!b.is_static) b.velocity.y -= 9.8f * (1.f / 60.f);
        step(world, 1.f / 60.f);
    }
    for (const auto& b : world) {
        const auto c = b.box.center();
        std::printf("center=(%.2f, %.2f) vy=%.2f\n", c.x, c.y, b.velocity.y);
    }
}
