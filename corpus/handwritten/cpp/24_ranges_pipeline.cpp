#include <algorithm>
#include <format>
#include <iostream>
#include <map>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

namespace rv = std::views;

struct Order {
    int id;
    std::string customer;
    double amount;
    bool shipped;
};

int main() {
    const std::vector<Order> orders{
        {1, "acme", 120.50, true},  {2, "globex", 75.00, false},
        {3, "acme", 310.25, true},  {4, "initech", 42.99, true},
        {5, "globex", 980.00, true}, {6, "acme", 15.00, false},
        {7, "umbrella", 560.40, true},
    };

    // ids of shipped orders over 100, as a lazily evaluated view
    auto bigShipped = orders
        | rv::filter([](const Order& o) { return o.shipped && o.amount > 100; })
        | rv::transform(&Order::id);

    std::cout << "big shipped:";
    for (int id : bigShipped) std::cout << ' ' << id;
    std::cout << '\n';

    // totals per customer
    std::map<std::string, double> totals;
    for (const auto& o : orders) totals[o.customer] += o.amount;
    for (const auto& [name, sum] : totals)
        std::cout << std::format("{:<10}{:>10.2f}\n", name, sum);

    // top 3 by amount, using ranges::sort with a projection
    auto sorted = orders;
    std::ranges::sort(sorted, std::ranges::greater{}, &Order::amount);
    for (const auto& o : sorted | rv::take(3))
        std::cout << std::format("#{} {} {:.2f}\n", o.id, o.customer, o.amount);

    // split a CSV-ish line and parse fields
    constexpr std::string_view line = "alpha,beta,,gamma,delta";
    for (auto part : line | rv::split(',')
                          | rv::filter([](auto r) { return !std::ranges::empty(r); })) {
        std::cout << '[' << std::string_view(part.begin(), part.end()) << "] ";
    }
    std::cout << '\n';

    // iota + enumerate-like zip (C++23 would use rv::enumerate)
    for (auto i : rv::iota(0, 5) | rv::reverse)
        std::cout << i << (i ? ", " : "\n");

    const bool anyUnshippedAcme = std::ranges::any_of(orders, [](const Order& o) {
        return o.customer == "acme" && !o.shipped;
    });
    std::cout << std::boolalpha << "acme has unshipped: " << anyUnshippedAcme << '\n';
}
