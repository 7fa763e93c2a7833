#include <array>
#include <iostream>
#include <string_view>

constexpr std::string_view label(int n) {
    if (n % 15 == 0) return "FizzBuzz";
    if (n % 3 == 0) return "Fizz";
    if (n % 5 == 0) return "Buzz";
    return {};
}

template <std::size_t N>
constexpr auto make_table() {
    std::array<std::string_view, N + 1> t{};
    for (std::size_t i = 1; i <= N; ++i) t[i] = label(static_cast<int>(i));
    return t;
}

constexpr auto table = make_table<100>();
static_assert(table[15] == "FizzBuzz" && table[9] == "Fizz" && table[7].empty());

int main() {
    for (int i = 1; i <= 100; ++i)
        table[i].empty() ? std::cout << i << '\n' : std::cout << table[i] << '\n';
}
