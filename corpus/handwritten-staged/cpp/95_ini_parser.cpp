#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

class IniFile {
public:
    using Section = std::map<std::string, std::string, std::less<>>;

    static IniFile parse(std::istream& in) {
        IniFile ini;
        std::string line, current;
        int lineno = 0;
        while (std::getline(in, line)) {
            ++lineno;
            std::string_view sv = trim(line);
            if (sv.empty() || sv.front() == ';' || sv.front() == '#') continue;

            if (sv.front() == '[') {
                if (sv.back() != ']') {
                    std::cerr << "warning: line " << lineno << ": unterminated section header\n";
                    continue;
                }
                current = std::string(trim(sv.substr(1, sv.size() - 2)));
                ini.sections_[current];
                continue;
            }
            auto eq = sv.find('=');
            if (eq == std::string_view::npos) {
                std::cerr << "warning: line " << lineno << ": expected key = value\n";
                continue;
            }
            auto key = std::string(trim(sv.substr(0, eq)));
            auto value = std::string(trim(sv.substr(eq + 1)));
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
                value = value.substr(1, value.size() - 2);
            ini.sections_[current][key] = value;
        }
        return ini;
    }

    [[nodiscard]] std::optional<std::string> get(std::string_view section, std::string_view key) const {
        if (auto s = sections_.find(section); s != sections_.end())
            if (auto k = s->second.find(key); k != s->second.end())
                return k->second;
        return std::nullopt;
    }

    template <typename T>
    [[nodiscard]] T get_or(std::string_view section, std::string_view key, T fallback) const {
        auto raw = get(section, key);
        if (!raw) return fallback;
        if constexpr (std::is_same_v<T, bool>) {
            std::string v = *raw;
            std::ranges::transform(v, v.begin(), [](unsigned char c) { return std::tolower(c); });
            return v == "1" || v == "true" || v == "yes" || v == "on";
        } else {
            std::istringstream is(*raw);
            T out{};
            return (is >> out) ? out : fallback;
        }
    }

    [[nodiscard]] const auto& sections() const noexcept { return sections_; }

private:
    static std::string_view trim(std::string_view s) {
        const auto ws = " \t\r";
        const auto b = s.find_first_not_of(ws);
        if (b == std::string_view::npos) return {};
        return s.substr(b, s.find_last_not_of(ws) - b + 1);
    }

    std::map<std::string, Section, std::less<>> sections_;
};

int main(int argc, char** argv) {
    std::istringstream fallback(
        "; demo config\n[server]\nhost = 0.0.0.0\nport = 8080\n"
        "tls = yes\n\n[paths]\nroot = \"/srv/www\"\n");
    std::ifstream file;
    if (argc > 1) file.open(argv[1]);
    std::istream& in = file.is_open() ? static_cast<std::istream&>(file) : fallback;

    const auto ini = IniFile::parse(in);
    std::cout << "port " << ini.get_or("server", "port", 80)
              << ", tls " << std::boolalpha << ini.get_or("server", "tls", false) << '\n';

    for (const auto& [name, entries] : ini.sections()) {
        std::cout << '[' << name << "]\n";
        for (const auto& [k, v] : entries) std::cout << "  " << k << " -> " << v << '\n';
    }
}
