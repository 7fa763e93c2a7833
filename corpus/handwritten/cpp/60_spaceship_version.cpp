#include <compare>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <string>

struct Version {
    int major = 0, minor = 0, patch = 0;

    auto operator<=>(const Version&) const = default;

    static std::optional<Version> parse(const std::string& s) {
        Version v;
        char dot1 = 0, dot2 = 0;
        std::istringstream in(s);
        if (!(in >> v.major >> dot1 >> v.minor >> dot2 >> v.patch) || dot1 != '.' || dot2 != '.')
            return std::nullopt;
        return v;
    }

    friend std::ostream& operator<<(std::ostream& os, const Version& v) {
        return os << v.major << '.' << v.minor << '.' << v.patch;
    }
};

int main() {
    std::set<Version> seen;
    for (const char* s : {"1.10.0", "1.2.3", "2.0.0", "1.2.10", "garbage", "1.2.3"}) {
        if (auto v = Version::parse(s)) seen.insert(*v);
        else std::cout << "skipping '" << s << "'\n";
    }
    for (const auto& v : seen) std::cout << v << '\n';
    std::cout << "newest: " << *seen.rbegin() << '\n';
    std::cout << std::boolalpha << (Version{1, 2, 3} < Version{1, 10, 0}) << '\n';
}
