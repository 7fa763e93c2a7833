#include <algorithm>
#include <cmath>
#include <concepts>
#include <iostream>
#include <numeric>
#include <ranges>
#include <span>
#include <vector>

template <typename T>
concept Arithmetic = std::integral<T> || std::floating_point<T>;

template <Arithmetic T>
struct Summary {
    std::size_t n;
    double mean;
    double stddev;
    T min;
    T max;
};

template <Arithmetic T>
Summary<T> summarize(std::span<const T> xs) {
    if (xs.empty()) return {0, 0.0, 0.0, T{}, T{}};
    const double mean = std::accumulate(xs.begin(), xs.end(), 0.0) / xs.size();
    const double var = std::transform_reduce(xs.begin(), xs.end(), 0.0, std::plus<>{},
                                             [mean](T x) { return (x - mean) * (x - mean); }) /
                       xs.size();
    auto [mn, mx] = std::ranges::minmax(xs);
    return {xs.size(), mean, std::sqrt(var), mn, mx};
}

int main() {
    std::vector<int> ints{4, 8, 15, 16, 23, 42};
    auto s = summarize<int>(ints);
    std::cout << "n=" << s.n << " mean=" << s.mean << " sd=" << s.stddev
              << " range=[" << s.min << ", " << s.max << "]\n";

    auto evens = ints | std::views::filter([](int x) { return x % 2 == 0; })
                      | std::views::transform([](int x) { return x * x; });
    for (int v : evens) std::cout << v << ' ';
    std::cout << '\n';
}
