#include <bitset>
#include <iostream>

int main() {
    constexpr std::size_t N = 100;
    std::bitset<N + 1> composite;
    for (std::size_t i = 2; i * i <= N; ++i)
        if (!composite[i])
            for (std::size_t j = i * i; j <= N; j += i) composite.set(j);
    for (std::size_t i = 2; i <= N; ++i)
        if (!composite[i]) std::cout << i << ' ';
    std::cout << '\n';
}
