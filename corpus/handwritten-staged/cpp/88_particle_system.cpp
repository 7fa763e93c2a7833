// CPU particle emitter with a struct-of-arrays pool and swap-remove.
// Renders to ASCII so it can run in a terminal.

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace fx {

struct Color { std::uint8_t r, g, b, a; };

constexpr Color lerp(Color a, Color b, float t) {
    auto mix = [t](std::uint8_t x, std::uint8_t y) {
        return static_cast<std::uint8_t>(x + (y - x) * t);
    };
    return {mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), mix(a.a, b.a)};
}

struct EmitterConfig {
    float rate = 120.f;            // particles per second
    float min_life = 0.6f, max_life = 1.4f;
    float speed = 11.f;
    float spread_rad = 0.6f;
    float gravity = -9.f;
    Color start{255, 220, 90, 255};
    Color end{200, 30, 10, 0};
};

class ParticlePool {
public:
    explicit ParticlePool(std::size_t capacity) : capacity_(capacity) {
        for (auto* v : {&px_, &py_, &vx_, &vy_, &age_, &life_}) v->reserve(capacity);
    }

    [[nodiscard]] std::size_t alive() const noexcept { return px_.size(); }
    [[nodiscard]] bool full() const noexcept { return alive() >= capacity_; }

    void spawn(float x, float y, float vx, float vy, float life) {
        if (full()) return;
        px_.push_back(x); py_.push_back(y);
        vx_.push_back(vx); vy_.push_back(vy);
        age_.push_back(0.f); life_.push_back(life);
    }

    void update(float dt, float gravity) {
        std::size_t i = 0;
        while (i < alive()) {
            age_[i] += dt;
            if (age_[i] >= life_[i]) {
                kill(i);          // swap with last; do not advance i
                continue;
            }
            vy_[i] += gravity * dt;
            px_[i] += vx_[i] * dt;
            py_[i] += vy_[i] * dt;
            ++i;
        }
    }

    template <typename Fn>
    void for_each(Fn&& fn) const {
        for (std::size_t i = 0; i < alive(); ++i)
            fn(px_[i], py_[i], age_[i] / life_[i]);
    }

private:
    void kill(std::size_t i) {
        for (auto* v : {&px_, &py_, &vx_, &vy_, &age_, &life_}) {
            (*v)[i] = v->back();
            v->pop_back();
        }
    }

    std::size_t capacity_;
    std::vector<float> px_, py_, vx_, vy_, age_, life_;
};

class Emitter {
public:
    Emitter(EmitterConfig cfg, std::size_t capacity, std::uint32_t seed)
        : cfg_(cfg), pool_(capacity), rng_(seed) {}

    void set_position(float x, float y) noexcept { x_ = x; y_ = y; }

    void update(float dt) {
        accumulator_ += cfg_.rate * dt;
        std::uniform_real_distribution<float> angle(-cfg_.spread_rad, cfg_.spread_rad);
        std::uniform_real_distribution<float> life(cfg_.min_life, cfg_.max_life);
        std::uniform_real_distribution<float> jitter(0.7f, 1.f);
        while (accumulator_ >= 1.f) {
            accumulator_ -= 1.f;
            const float a = angle(rng_) + 1.5707963f;   // mostly upward
            const float s = cfg_.speed * jitter(rng_);
            pool_.spawn(x_, y_, std::cos(a) * s, std::sin(a) * s, life(rng_));
        }
        pool_.update(dt, cfg_.gravity);
    }

    [[nodiscard]] const ParticlePool& pool() const noexcept { return pool_; }
    [[nodiscard]] const EmitterConfig& config() const noexcept { return cfg_; }

private:
    EmitterConfig cfg_;
    ParticlePool pool_;
    std::mt19937 rng_;
    float x_ = 0.f, y_ = 0.f;
    float accumulator_ = 0.f;
};

template <int W, int H>
class AsciiCanvas {
public:
    void clear() { for (auto& row : cells_) row.fill(' '); }

    void plot(float x, float y, char c) {
        const int cx = static_cast<int>(std::lround(x));
        const int cy = H - 1 - static_cast<int>(std::lround(y));
        if (cx >= 0 && cx < W && cy >= 0 && cy < H) cells_[cy][cx] = c;
    }

    friend std::ostream& operator<<(std::ostream& os, const AsciiCanvas& canvas) {
        for (const auto& row : canvas.cells_) {
            os.write(row.data(), W);
            os << '\n';
        }
        return os;
    }

private:
    std::array<std::array<char, W>, H> cells_{};
};

}  // namespace fx

int main() {
    fx::Emitter fountain({}, 512, 1234u);
    fountain.set_position(30.f, 0.f);

    constexpr float dt = 1.f / 30.f;
    for (int frame = 0; frame < 45; ++frame) fountain.update(dt);

    fx::AsciiCanvas<60, 18> canvas;
    canvas.clear();
    const std::string ramp = "@%#*+=-:. ";
    fountain.pool().for_each([&](float x, float y, float t) {
        const auto idx = std::min<std::size_t>(ramp.size() - 1, static_cast<std::size_t>(t * ramp.size()));
        canvas.plot(x, y, ramp[idx]);
    });

    std::cout << canvas;
    const auto c = fx::lerp(fountain.config().start, fountain.config().end, 0.5f);
    std::cout << "alive: " << fountain.pool().alive()
              << "  mid color: rgb(" << +c.r << ',' << +c.g << ',' << +c.b << ")\n";
}
