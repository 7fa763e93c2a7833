#include <functional>
#include <unordered_map>
#include <utility>

struct PairHash {
    template <class A, class B>
    std::size_t operator()(const std::pair<A, B>& p) const noexcept {
        std::size_t h = std::hash<A>{}(p.first);
        h ^= std::hash<B>{}(p.second) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        return h;
    }
};

std::unordered_map<std::pair<int, int>, char, PairHash> grid;

void place(int x, int y, char c) { grid[{x, y}] = c; }
char at(int x, int y) {
    auto it = grid.find({x, y});
    return it == grid.end() ? '.' : it->second;
}
