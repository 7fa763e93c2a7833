#include <algorithm>
#include <iostream>
#include <random>

int main() {
    std::random_device rd;
    std::mt19937 gen{rd()};
    std::uniform_int_distribution<> d20{1, 20};

    auto roll_with_advantage = [&] { return std::max(d20(gen), d20(gen)); };

    for (int i = 0; i < 5; ++i)
        std::cout << "attack roll: " << roll_with_advantage() << '\n';
}
