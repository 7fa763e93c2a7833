#include <array>
#include <cstdint>
#include <iostream>
#include <limits>
#include <optional>
#include <queue>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nav
{

struct Cell
{
    int x = 0;
    int y = 0;
    friend bool operator==(Cell, Cell) = default;
};

struct CellHash
{
    std::size_t operator()(Cell c) const noexcept
    {
        return std::hash<std::int64_t>{}((static_cast<std::int64_t>(c.x) << 32) ^ static_cast<std::uint32_t>(c.y));
    }
};

class TileMap
{
public:
    explicit TileMap(std::vector<std::string> rows)
        : rows_(std::move(rows))
    {
        for (int y = 0; y < height(); ++y)
            for (int x = 0; x < width(); ++x)
            {
                if (rows_[y][x] == 'S') start_ = {x, y};
                if (rows_[y][x] == 'G') goal_ = {x, y};
            }
    }

    int width() const { return rows_.empty() ? 0 : static_cast<int>(rows_[0].size()); }
    int height() const { return static_cast<int>(rows_.size()); }
    Cell start() const { return start_; }
    Cell goal() const { return goal_; }

    bool walkable(Cell c) const
    {
        return c.x >= 0 && c.y >= 0 && c.x < width() && c.y < height() && rows_[c.y][c.x] != '#';
    }

    int cost(Cell c) const { return rows_[c.y][c.x] == '~' ? 5 : 1; }   // water is slow

    void mark(Cell c, char ch)
    {
        auto& tile = rows_[c.y][c.x];
        if (tile != 'S' && tile != 'G') tile = ch;
    }

    void print(std::ostream& os) const
    {
        for (const auto& row : rows_) os << row << '\n';
    }

private:
    std::vector<std::string> rows_;
    Cell start_{}, goal_{};
};

inline int manhattan(Cell a, Cell b)
{
    return std::abs(a.x - b.x) + std::abs(a.y - b.y);
}

std::optional<std::vector<Cell>> find_path(const TileMap& map)
{
    struct Open
    {
        int f;
        int g;
        Cell cell;
        bool operator>(const Open& o) const { return f != o.f ? f > o.f : g < o.g; }
    };

    constexpr std::array<Cell, 4> dirs{{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}};
    const Cell start = map.start(), goal = map.goal();

    std::priority_queue<Open, std::vector<Open>, std::greater<>> open;
    std::unordered_map<Cell, int, CellHash> g_score{{start, 0}};
    std::unordered_map<Cell, Cell, CellHash> came_from;

    open.push({manhattan(start, goal), 0, start});
    while (!open.empty())
    {
        const auto [f, g, cur] = open.top();
        open.pop();
        if (cur == goal)
        {
            std::vector<Cell> path{cur};
            for (auto it = came_from.find(cur); it != came_from.end(); it = came_from.find(it->second))
                path.push_back(it->second);
            return std::vector<Cell>(path.rbegin(), path.rend());
        }
        if (g > g_score[cur]) continue;     // stale entry

        for (const auto& d : dirs)
        {
            const Cell next{cur.x + d.x, cur.y + d.y};
            if (!map.walkable(next)) continue;
            const int tentative = g + map.cost(next);
            auto it = g_score.find(next);
            if (it == g_score.end() || tentative < it->second)
            {
                g_score[next] = tentative;
                came_from[next] = cur;
                open.push({tentative + manhattan(next, goal), tentative, next});
            }
        }
    }
    return std::nullopt;
}

} // namespace nav

int main()
{
    nav::TileMap map({
        "S....#..........",
        ".##..#..~~~~....",
        "..#..#..~~~~.##.",
        "..#.....~~~~..#.",
        "..####..........",
        "......#####.###.",
        ".#..........#..G",
    });

    if (auto path = nav::find_path(map))
    {
        int total = 0;
        for (std::size_t i = 1; i < path->size(); ++i) total += map.cost((*path)[i]);
        for (const auto& c : *path) map.mark(c, '*');
        map.print(std::cout);
        std::cout << "steps: " << path->size() - 1 << ", cost: " << total << '\n';
    }
    else
    {
        std::cout << "no path\n";
    }
}
