// tree-like listing with sizes: ./fstree [dir] [--depth N]
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string human(std::uintmax_t bytes) {
    const char* units[] = {"B", "K", "M", "G", "T"};
    double v = static_cast<double>(bytes);
    int u = 0;
    while (v >= 1024 && u < 4) { v /= 1024; ++u; }
    char buf[32];
    std::snprintf(buf, sizeof buf, u ? "%.1f%s" : "%.0f%s", v, units[u]);
    return buf;
}

struct Stats { std::size_t dirs = 0, files = 0; std::uintmax_t bytes = 0; };

std::uintmax_t walk(const fs::path& dir, const std::string& prefix, int depth, int max_depth, Stats& st) {
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (const auto& e : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec))
        entries.push_back(e);
    if (ec) {
        std::cout << prefix << "[error: " << ec.message() << "]\n";
        return 0;
    }
    std::ranges::sort(entries, [](const auto& a, const auto& b) {
        if (a.is_directory() != b.is_directory()) return a.is_directory();
        return a.path().filename() < b.path().filename();
    });

    std::uintmax_t total = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        const bool last = i + 1 == entries.size();
        const std::string branch = last ? "`-- " : "|-- ";
        const std::string name = e.path().filename().string();

        if (e.is_symlink()) {
            std::cout << prefix << branch << name << " -> " << fs::read_symlink(e.path(), ec).string() << '\n';
        } else if (e.is_directory()) {
            ++st.dirs;
            std::cout << prefix << branch << name << "/\n";
            if (depth < max_depth)
                total += walk(e.path(), prefix + (last ? "    " : "|   "), depth + 1, max_depth, st);
        } else {
            ++st.files;
            const auto size = e.file_size(ec);
            total += ec ? 0 : size;
            std::cout << prefix << branch << name << "  (" << human(ec ? 0 : size) << ")\n";
        }
    }
    return total;
}

}  // namespace

int main(int argc, char** argv) {
    fs::path root = ".";
    int max_depth = 3;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--depth" && i + 1 < argc) max_depth = std::stoi(argv[++i]);
        else root = a;
    }
    Stats st;
    std::cout << root.string() << '\n';
    st.bytes = walk(root, "", 1, max_depth, st);
    std::cout << '\n' << st.dirs << " directories, " << st.files << " files, " << human(st.bytes) << '\n';
}
