#include <array>
#include <cstdint>
#include <cstdio>
#include <string_view>

namespace hash {

constexpr std::array<std::uint32_t, 256> makeCrcTable() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

inline constexpr auto kCrcTable = makeCrcTable();

constexpr std::uint32_t crc32(std::string_view s) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char ch : s)
        crc = kCrcTable[(crc ^ ch) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

constexpr std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char ch : s) {
        h ^= ch;
        h *= 0x100000001b3ull;
    }
    return h;
}

namespace literals {
constexpr std::uint32_t operator""_crc(const char* s, std::size_t n) {
    return crc32({s, n});
}
} // namespace literals

} // namespace hash

using namespace hash::literals;

static_assert(hash::crc32("123456789") == 0xCBF43926u);
static_assert("hello"_crc == 0x3610A686u);

// switch on strings via compile-time hashes
const char* classify(std::string_view cmd) {
    switch (hash::crc32(cmd)) {
    case "start"_crc:  return "starting";
    case "stop"_crc:   return "stopping";
    case "status"_crc: return "reporting";
    default:           return "unknown command";
    }
}

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        std::printf("%-10s crc=%08x fnv=%016llx -> %s\n", argv[i],
                    hash::crc32(argv[i]),
                    static_cast<unsigned long long>(hash::fnv1a(argv[i])),
                    classify(argv[i]));
}
