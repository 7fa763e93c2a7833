auto evens_squared = std::views::iota(1, 20)
                   | std::views::filter([](int n) { return n % 2 == 0; })
                   | std::views::transform([](int n) { return n * n; })
                   | std::views::take(5);
for (int v : evens_squared) std::cout << v << ' ';
