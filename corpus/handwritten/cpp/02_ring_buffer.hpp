#pragma once

#include <array>
#include <cstddef>
#include <optional>

namespace util {

template <typename T, std::size_t N>
class RingBuffer {
    static_assert((N & (N - 1)) == 0, "capacity must be a power of two");

public:
    bool push(const T& value) noexcept {
        if (full()) return false;
        data_[head_++ & (N - 1)] = value;
        return true;
    }

    std::optional<T> pop() noexcept {
        if (empty()) return std::nullopt;
        return data_[tail_++ & (N - 1)];
    }

    [[nodiscard]] bool empty() const noexcept { return head_ == tail_; }
    [[nodiscard]] bool full() const noexcept { return head_ - tail_ == N; }
    [[nodiscard]] std::size_t size() const noexcept { return head_ - tail_; }
    static constexpr std::size_t capacity() noexcept { return N; }

private:
    std::array<T, N> data_{};
    std::size_t head_ = 0;
    std::size_t tail_ = 0;
};

}  // namespace util
