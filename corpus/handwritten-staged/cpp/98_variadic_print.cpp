#include <iostream>
#include <string>

template <typename... Args>
void print(std::ostream& os, std::string_view sep, Args&&... args) {
    bool first = true;
    ((os << (first ? "" : sep) << std::forward<Args>(args), first = false), ...);
    os << '\n';
}

template <typename... Ts>
constexpr auto sum(Ts... xs) { return (xs + ... + 0); }

int main() {
    print(std::cout, ", ", "answer", 42, 3.5, std::string("done"));
    print(std::cerr, " | ", sum(1, 2, 3), sum(), sum(2.5, 0.5));
}
