// mgrep: search files for a regex, print matches with line numbers.
//   mgrep [-i] [-n] [-c] PATTERN [FILE...]
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

struct Options {
    bool ignore_case = false;
    bool line_numbers = false;
    bool count_only = false;
    std::string pattern;
    std::vector<std::string> files;
};

static Options parse_args(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "-i") o.ignore_case = true;
        else if (a == "-n") o.line_numbers = true;
        else if (a == "-c") o.count_only = true;
        else if (o.pattern.empty()) o.pattern = std::move(a);
        else o.files.push_back(std::move(a));
    }
    return o;
}

static std::size_t scan(std::istream& in, const std::regex& re, const Options& opt,
                        const std::string& label) {
    std::size_t hits = 0, lineno = 0;
    std::string line;
    while (std::getline(in, line)) {
        ++lineno;
        if (!std::regex_search(line, re)) continue;
        ++hits;
        if (opt.count_only) continue;
        if (!label.empty()) std::cout << label << ':';
        if (opt.line_numbers) std::cout << lineno << ':';
        std::cout << line << '\n';
    }
    return hits;
}

int main(int argc, char** argv) {
    const Options opt = parse_args(argc, argv);
    if (opt.pattern.empty()) {
        std::cerr << "usage: mgrep [-i] [-n] [-c] PATTERN [FILE...]\n";
        return 2;
    }

    auto flags = std::regex::ECMAScript;
    if (opt.ignore_case) flags |= std::regex::icase;
    std::regex re;
    try {
        re.assign(opt.pattern, flags);
    } catch (const std::regex_error& e) {
        std::cerr << "mgrep: bad pattern: " << e.what() << '\n';
        return 2;
    }

    std::size_t total = 0;
    if (opt.files.empty()) {
        total = scan(std::cin, re, opt, "");
    } else {
        const bool label = opt.files.size() > 1;
        for (const auto& path : opt.files) {
            if (fs::is_directory(path)) {
                std::cerr << "mgrep: " << path << ": is a directory\n";
                continue;
            }
            std::ifstream in(path);
            if (!in) {
                std::cerr << "mgrep: " << path << ": cannot open\n";
                continue;
            }
            auto n = scan(in, re, opt, label ? path : "");
            if (opt.count_only) std::cout << (label ? path + ":" : "") << n << '\n';
            total += n;
        }
    }
    return total > 0 ? 0 : 1;
}
