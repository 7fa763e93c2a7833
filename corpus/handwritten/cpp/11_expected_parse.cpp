#include <charconv>
#include <expected>
#include <iostream>
#include <string_view>

enum class ParseError { Empty, NotANumber, OutOfRange };

std::expected<int, ParseError> parsePort(std::string_view s) {
    if (s.empty()) return std::unexpected(ParseError::Empty);
    int value{};
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec == std::errc::invalid_argument || ptr != s.data() + s.size())
        return std::unexpected(ParseError::NotANumber);
    if (ec == std::errc::result_out_of_range || value < 1 || value > 65535)
        return std::unexpected(ParseError::OutOfRange);
    return value;
}

int main() {
    for (auto in : {"8080", "", "http", "70000"}) {
        auto r = parsePort(in);
        if (r) std::cout << in << " -> " << *r << '\n';
        else std::cout << '"' << in << "\" -> error " << static_cast<int>(r.error()) << '\n';
    }
}
