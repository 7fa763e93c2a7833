#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <vector>

struct Hit {
    std::string ip;
    std::string method;
    std::string path;
    int status = 0;
    long bytes = 0;
};

std::optional<Hit> parse_line(const std::string& line) {
    // 203.0.113.9 - - [12/Mar/2024:10:01:44 +0000] "GET /index.html HTTP/1.1" 200 5120
    static const std::regex re(
        R"(^(\S+) \S+ \S+ \[[^\]]+\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+|-))");
    std::smatch m;
    if (!std::regex_search(line, m, re)) return std::nullopt;
    return Hit{m[1], m[2], m[3], std::stoi(m[4]), m[5] == "-" ? 0L : std::stol(m[5])};
}

int main() {
    std::map<std::string, int> by_path;
    std::map<int, int> by_status;
    std::map<std::string, long> bytes_by_ip;
    std::size_t bad = 0, total = 0;

    for (std::string line; std::getline(std::cin, line);) {
        ++total;
        auto hit = parse_line(line);
        if (!hit) { ++bad; continue; }
        ++by_path[hit->path];
        ++by_status[hit->status];
        bytes_by_ip[hit->ip] += hit->bytes;
    }

    std::vector<std::pair<std::string, int>> top(by_path.begin(), by_path.end());
    std::ranges::sort(top, std::greater<>{}, &std::pair<std::string, int>::second);
    if (top.size() > 5) top.resize(5);

    std::cout << total << " lines, " << bad << " unparsed\n\nTop paths:\n";
    for (const auto& [path, n] : top) std::cout << "  " << n << "\t" << path << '\n';

    std::cout << "\nStatus codes:\n";
    for (auto [code, n] : by_status) std::cout << "  " << code << ": " << n << '\n';

    auto heaviest = std::ranges::max_element(bytes_by_ip, {}, [](const auto& kv) { return kv.second; });
    if (heaviest != bytes_by_ip.end())
        std::cout << "\nHeaviest client: " << heaviest->first << " (" << heaviest->second << " bytes)\n";
}
