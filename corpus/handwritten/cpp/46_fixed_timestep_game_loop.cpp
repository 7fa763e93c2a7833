// Fixed-timestep game loop with interpolation, no graphics library:
// the "renderer" just prints an ASCII strip every few frames.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace game {

using Clock = std::chrono::steady_clock;
using Seconds = std::chrono::duration<double>;

struct Body {
    double x = 0.0, v = 0.0;
    double prevX = 0.0;
};

struct World {
    std::vector<Body> bodies;
    double width = 60.0;

    void step(double dt) {
        for (auto& b : bodies) {
            b.prevX = b.x;
            b.x += b.v * dt;
            if (b.x < 0.0 || b.x > width) {
                b.v = -b.v;
                b.x = std::clamp(b.x, 0.0, width);
            }
        }
    }
};

class Renderer {
public:
    explicit Renderer(int columns) : columns_(columns) {}

    void draw(const World& w, double alpha) const {
        std::string line(static_cast<std::size_t>(columns_), '.');
        for (std::size_t i = 0; i < w.bodies.size(); ++i) {
            const auto& b = w.bodies[i];
            double x = b.prevX + (b.x - b.prevX) * alpha;    // interpolate
            auto col = static_cast<int>(std::lround(x / w.width * (columns_ - 1)));
            line[static_cast<std::size_t>(std::clamp(col, 0, columns_ - 1))] = static_cast<char>('A' + i);
        }
        std::cout << '|' << line << "|\n";
    }

private:
    int columns_;
};

}  // namespace game

int main() {
    using namespace game;
    using namespace std::chrono_literals;

    World world;
    world.bodies = {{5.0, 12.0}, {30.0, -7.5}, {50.0, 20.0}};
    for (auto& b : world.bodies) b.prevX = b.x;

    Renderer renderer(60);
    constexpr double dt = 1.0 / 120.0;          // physics at 120 Hz
    constexpr double maxFrame = 0.25;           // avoid the spiral of death

    double accumulator = 0.0;
    auto previous = Clock::now();
    const auto start = previous;
    int frame = 0;

    while (Clock::now() - start < 2s) {
        auto now = Clock::now();
        double frameTime = std::min(Seconds(now - previous).count(), maxFrame);
        previous = now;
        accumulator += frameTime;

        while (accumulator >= dt) {
            world.step(dt);
            accumulator -= dt;
        }

        if (++frame % 6 == 0) renderer.draw(world, accumulator / dt);
        std::this_thread::sleep_for(16ms);      // pretend vsync
    }
    std::cout << frame << " frames rendered\n";
}
