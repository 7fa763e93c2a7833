#pragma once
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace prob {

// Bloom filter sized from the expected element count and false-positive rate.
// Uses double hashing (Kirsch-Mitzenmacher) to derive k indexes from 2 hashes.
template <typename T, typename Hash = std::hash<T>>
class BloomFilter {
public:
    BloomFilter(std::size_t expected, double fp_rate) {
        const double ln2 = std::log(2.0);
        const double m = -static_cast<double>(expected) * std::log(fp_rate) / (ln2 * ln2);
        bits_ = std::max<std::size_t>(64, static_cast<std::size_t>(std::ceil(m)));
        hashes_ = std::max(1, static_cast<int>(std::round(m / static_cast<double>(expected) * ln2)));
        words_.assign((bits_ + 63) / 64, 0);
    }

    void insert(const T& value) {
        for_each_index(value, [this](std::size_t i) { words_[i / 64] |= (std::uint64_t{1} << (i % 64)); });
        ++count_;
    }

    [[nodiscard]] bool possibly_contains(const T& value) const {
        bool all = true;
        for_each_index(value, [&](std::size_t i) { all = all && (words_[i / 64] >> (i % 64)) & 1u; });
        return all;
    }

    [[nodiscard]] double fill_ratio() const {
        std::size_t set = 0;
        for (auto w : words_) set += static_cast<std::size_t>(std::popcount(w));
        return static_cast<double>(set) / static_cast<double>(bits_);
    }

    [[nodiscard]] double estimated_fp_rate() const { return std::pow(fill_ratio(), hashes_); }
    [[nodiscard]] std::size_t bit_count() const noexcept { return bits_; }
    [[nodiscard]] int hash_count() const noexcept { return hashes_; }
    [[nodiscard]] std::size_t size() const noexcept { return count_; }

private:
    template <typename Fn>
    void for_each_index(const T& value, Fn&& fn) const {
        const std::uint64_t h1 = Hash{}(value);
        const std::uint64_t h2 = mix(h1) | 1u;   // odd, so it cycles through all residues
        for (int k = 0; k < hashes_; ++k) fn(static_cast<std::size_t>((h1 + k * h2) % bits_));
    }

    static constexpr std::uint64_t mix(std::uint64_t x) {
        x ^= x >> 33; x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53ULL;
        return x ^ (x >> 33);
    }

    std::vector<std::uint64_t> words_;
    std::size_t bits_ = 0;
    int hashes_ = 1;
    std::size_t count_ = 0;
};

}  // namespace prob
