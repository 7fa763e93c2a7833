#include <algorithm>
#include <chrono>
#include <iostream>
#include <random>
#include <vector>

template <typename F>
auto time_ms(F&& f) {
    auto t0 = std::chrono::high_resolution_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::high_resolution_clock::now() - t0).count();
}

int main() {
    std::vector<int> base(1'000'000);
    std::mt19937 rng(42);
    std::ranges::generate(base, [&] { return static_cast<int>(rng()); });

    for (auto [name, algo] : {std::pair{"sort", +[](std::vector<int>& v) { std::sort(v.begin(), v.end()); }},
                              {"stable_sort", +[](std::vector<int>& v) { std::stable_sort(v.begin(), v.end()); }},
                              {"heap", +[](std::vector<int>& v) { std::make_heap(v.begin(), v.end()); std::sort_heap(v.begin(), v.end()); }}}) {
        auto v = base;
        std::cout << name << ": " << time_ms([&] { algo(v); }) << " ms\n";
    }
}
