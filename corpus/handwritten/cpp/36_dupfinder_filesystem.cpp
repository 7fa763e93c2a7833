// dupfind: report files with identical content under a directory tree.
//
//   g++ -std=c++17 -O2 dupfind.cpp -o dupfind

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Options {
    fs::path root = ".";
    std::uintmax_t minSize = 1;
    bool followLinks = false;
    bool deleteDupes = false;
};

std::optional<Options> parseArgs(int argc, char** argv) {
    Options opt;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "-L") {
            opt.followLinks = true;
        } else if (a == "--delete") {
            opt.deleteDupes = true;
        } else if (a == "--min" && i + 1 < argc) {
            opt.minSize = std::stoull(argv[++i]);
        } else if (a == "-h" || a == "--help") {
            return std::nullopt;
        } else {
            opt.root = a;
        }
    }
    return opt;
}

// 64-bit FNV-1a over the whole file; good enough to bucket candidates
std::uint64_t hashFile(const fs::path& p, std::size_t limit = SIZE_MAX) {
    std::ifstream in(p, std::ios::binary);
    std::array<char, 1 << 16> buf{};
    std::uint64_t h = 0xcbf29ce484222325ull;
    std::size_t total = 0;
    while (in && total < limit) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        for (std::size_t i = 0; i < n && total < limit; ++i, ++total) {
            h ^= static_cast<unsigned char>(buf[i]);
            h *= 0x100000001b3ull;
        }
    }
    return h;
}

bool sameContent(const fs::path& a, const fs::path& b) {
    std::ifstream fa(a, std::ios::binary), fb(b, std::ios::binary);
    return std::equal(std::istreambuf_iterator<char>(fa), std::istreambuf_iterator<char>(),
                      std::istreambuf_iterator<char>(fb), std::istreambuf_iterator<char>());
}

std::string human(std::uintmax_t bytes) {
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = static_cast<double>(bytes);
    int u = 0;
    while (v >= 1024 && u < 4) { v /= 1024; ++u; }
    std::ostringstream os;
    os << std::fixed << std::setprecision(u ? 1 : 0) << v << ' ' << units[u];
    return os.str();
}

} // namespace

int main(int argc, char** argv) {
    auto opt = parseArgs(argc, argv);
    if (!opt) {
        std::cerr << "usage: dupfind [-L] [--min BYTES] [--delete] [DIR]\n";
        return 2;
    }

    // pass 1: bucket by size
    std::unordered_map<std::uintmax_t, std::vector<fs::path>> bySize;
    auto dirOpts = fs::directory_options::skip_permission_denied;
    if (opt->followLinks) dirOpts |= fs::directory_options::follow_directory_symlink;

    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(opt->root, dirOpts, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) { std::cerr << "warning: " << ec.message() << '\n'; ec.clear(); continue; }
        if (!it->is_regular_file(ec)) continue;
        const auto sz = it->file_size(ec);
        if (!ec && sz >= opt->minSize) bySize[sz].push_back(it->path());
    }

    // pass 2: within each size, bucket by hash of first 4 KiB, then full hash
    std::map<std::uintmax_t, std::vector<std::vector<fs::path>>, std::greater<>> groups;
    for (auto& [size, paths] : bySize) {
        if (paths.size() < 2) continue;
        std::unordered_map<std::uint64_t, std::vector<fs::path>> byHead;
        for (auto& p : paths) byHead[hashFile(p, 4096)].push_back(p);

        for (auto& [_, cands] : byHead) {
            if (cands.size() < 2) continue;
            std::unordered_map<std::uint64_t, std::vector<fs::path>> byFull;
            for (auto& p : cands) byFull[hashFile(p)].push_back(p);
            for (auto& [__, same] : byFull)
                if (same.size() > 1 && sameContent(same[0], same[1]))
                    groups[size].push_back(std::move(same));
        }
    }

    std::uintmax_t wasted = 0;
    std::size_t nGroups = 0;
    for (auto& [size, gs] : groups) {
        for (auto& g : gs) {
            std::sort(g.begin(), g.end());
            ++nGroups;
            wasted += size * (g.size() - 1);
            std::cout << human(size) << " x" << g.size() << '\n';
            for (std::size_t i = 0; i < g.size(); ++i) {
                std::cout << "  " << (i ? "dup " : "keep") << ' ' << g[i].string() << '\n';
                if (i && opt->deleteDupes) fs::remove(g[i], ec);
            }
        }
    }

    std::cout << nGroups << " duplicate groups, " << human(wasted) << " reclaimable\n";
    return 0;
}
