#include <cstdio>
#include <cstring>
#include <cstdlib>

namespace {

struct Point {
    int x, y;
};

template <typename T>
T clamp(T v, T lo, T hi) {
    return v < lo ? lo : (v > hi ? hi : v);
}

}  // namespace

int main(int argc, char** argv) {
    int w = argc > 1 ? std::atoi(argv[1]) : 40;
    int h = argc > 2 ? std::atoi(argv[2]) : 20;
    w = clamp(w, 4, 120);
    h = clamp(h, 4, 60);

    char* grid = new char[w * h];
    std::memset(grid, '.', w * h);

    Point p = {w / 2, h / 2};
    for (int step = 0; step < w * h; ++step) {
        grid[p.y * w + p.x] = '#';
        switch (std::rand() % 4) {
            case 0: p.x = clamp(p.x + 1, 0, w - 1); break;
            case 1: p.x = clamp(p.x - 1, 0, w - 1); break;
            case 2: p.y = clamp(p.y + 1, 0, h - 1); break;
            default: p.y = clamp(p.y - 1, 0, h - 1); break;
        }
    }

    for (int y = 0; y < h; ++y) {
        std::fwrite(grid + y * w, 1, w, stdout);
        std::putchar('\n');
    }
    delete[] grid;
    return 0;
}
