#include <array>
#include <cstdint>

template <std::size_t N>
constexpr auto fib_table() {
    std::array<std::uint64_t, N> f{};
    if constexpr (N > 1) f[1] = 1;
    for (std::size_t i = 2; i < N; ++i) f[i] = f[i - 1] + f[i - 2];
    return f;
}

inline constexpr auto kFib = fib_table<94>();   // fib(93) is the last to fit in 64 bits
static_assert(kFib[10] == 55);
static_assert(kFib[93] == 12200160415121876738ULL);
