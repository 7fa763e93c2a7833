#include <charconv>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

// Splits CSV lines (with simple "quoted, fields") without copying unless needed.
std::vector<std::string> split_csv(std::string_view line) {
    std::vector<std::string> out;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(std::move(field));
            field.clear();
        } else {
            field += c;
        }
    }
    out.push_back(std::move(field));
    return out;
}

template <typename T>
std::optional<T> parse_number(std::string_view s) {
    T value{};
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
    return value;
}

struct Row {
    std::string city;
    int year;
    double rainfall_mm;
};

int main() {
    std::istringstream input(
        "city,year,rainfall_mm\n"
        "Bergen,2025,2250.5\n"
        "\"Santiago, CL\",2025,312.0\n"
        "Oslo,twenty,760\n"
        "Lima,2025,9.8\n");

    std::string line;
    std::getline(input, line);  // header
    std::vector<Row> rows;
    int lineno = 1;
    while (std::getline(input, line)) {
        ++lineno;
        auto f = split_csv(line);
        if (f.size() != 3) {
            std::cerr << "line " << lineno << ": expected 3 fields\n";
            continue;
        }
        auto year = parse_number<int>(f[1]);
        auto rain = parse_number<double>(f[2]);
        if (!year || !rain) {
            std::cerr << "line " << lineno << ": bad number\n";
            continue;
        }
        rows.push_back({f[0], *year, *rain});
    }
    for (const auto& r : rows) std::cout << r.city << " (" << r.year << "): " << r.rainfall_mm << " mm\n";
}
