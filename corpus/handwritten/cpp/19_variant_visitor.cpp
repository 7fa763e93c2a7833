#include <iostream>
#include <string>
#include <variant>
#include <vector>
#include <algorithm>
#include <cmath>

template <class... Ts>
struct overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

struct Move   { double dx, dy; };
struct Rotate { double degrees; };
struct Scale  { double factor; };
struct Reset  {};

using Command = std::variant<Move, Rotate, Scale, Reset>;

struct Turtle {
    double x = 0, y = 0, heading = 0, size = 1;
};

void apply(Turtle& t, const Command& cmd) {
    std::visit(overloaded{
        [&](const Move& m) { t.x += m.dx * t.size; t.y += m.dy * t.size; },
        [&](const Rotate& r) { t.heading = std::fmod(t.heading + r.degrees, 360.0); },
        [&](const Scale& s) { t.size *= s.factor; },
        [&](Reset) { t = Turtle{}; },
    }, cmd);
}

std::string describe(const Command& cmd) {
    return std::visit([](auto&& c) -> std::string {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, Move>)
            return "move(" + std::to_string(c.dx) + ", " + std::to_string(c.dy) + ")";
        else if constexpr (std::is_same_v<T, Rotate>)
            return "rotate(" + std::to_string(c.degrees) + ")";
        else if constexpr (std::is_same_v<T, Scale>)
            return "scale(" + std::to_string(c.factor) + ")";
        else
            return "reset";
    }, cmd);
}

int main() {
    std::vector<Command> program{
        Move{3, 4}, Rotate{90}, Scale{2.0}, Move{1, 1}, Rotate{300}, Reset{}, Move{-1, 0},
    };

    Turtle t;
    for (const auto& c : program) {
        apply(t, c);
        std::cout << describe(c) << " -> (" << t.x << ", " << t.y
                  << ") heading " << t.heading << '\n';
    }

    auto moves = std::count_if(program.begin(), program.end(),
                               [](const Command& c) { return std::holds_alternative<Move>(c); });
    std::cout << moves << " move commands\n";
}
