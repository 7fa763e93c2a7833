#pragma once
// Lock-free single-producer/single-consumer ring buffer.
// Capacity must be a power of two; one slot is never wasted because head and
// tail are free-running counters.

#include <atomic>
#include <bit>
#include <cstddef>
#include <new>
#include <optional>
#include <type_traits>
#include <utility>

namespace lf {

#ifdef __cpp_lib_hardware_interference_size
inline constexpr std::size_t cache_line = std::hardware_destructive_interference_size;
#else
inline constexpr std::size_t cache_line = 64;
#endif

template <typename T, std::size_t Capacity>
    requires(std::has_single_bit(Capacity) && std::is_nothrow_move_constructible_v<T>)
class SpscQueue {
public:
    SpscQueue() = default;
    SpscQueue(const SpscQueue&) = delete;
    SpscQueue& operator=(const SpscQueue&) = delete;

    ~SpscQueue() {
        while (pop()) {}
    }

    template <typename... Args>
    bool try_emplace(Args&&... args) {
        const auto tail = tail_.load(std::memory_order_relaxed);
        if (tail - head_cache_ == Capacity) {
            head_cache_ = head_.load(std::memory_order_acquire);
            if (tail - head_cache_ == Capacity) return false;     // full
        }
        ::new (slot(tail)) T(std::forward<Args>(args)...);
        tail_.store(tail + 1, std::memory_order_release);
        return true;
    }

    bool try_push(T value) { return try_emplace(std::move(value)); }

    std::optional<T> pop() {
        const auto head = head_.load(std::memory_order_relaxed);
        if (head == tail_cache_) {
            tail_cache_ = tail_.load(std::memory_order_acquire);
            if (head == tail_cache_) return std::nullopt;          // empty
        }
        T* p = std::launder(reinterpret_cast<T*>(slot(head)));
        std::optional<T> out(std::move(*p));
        p->~T();
        head_.store(head + 1, std::memory_order_release);
        return out;
    }

    [[nodiscard]] std::size_t size_approx() const noexcept {
        return tail_.load(std::memory_order_acquire) - head_.load(std::memory_order_acquire);
    }

private:
    void* slot(std::size_t i) noexcept { return &storage_[(i & (Capacity - 1)) * sizeof(T)]; }

    alignas(cache_line) std::atomic<std::size_t> head_{0};
    std::size_t tail_cache_ = 0;                      // consumer-local
    alignas(cache_line) std::atomic<std::size_t> tail_{0};
    std::size_t head_cache_ = 0;                      // producer-local
    alignas(cache_line) alignas(T) std::byte storage_[Capacity * sizeof(T)];
};

}  // namespace lf
