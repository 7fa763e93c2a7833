#pragma once
// small_vector<T, N>: stores up to N elements inline, spills to the heap after.
// Header-only, no exceptions beyond std::bad_alloc from operator new.

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <new>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace sv {

template <typename T, std::size_t N>
class small_vector {
    static_assert(N > 0, "inline capacity must be positive");

public:
    using value_type = T;
    using size_type = std::size_t;
    using reference = T&;
    using const_reference = const T&;
    using iterator = T*;
    using const_iterator = const T*;

    small_vector() noexcept = default;

    small_vector(std::initializer_list<T> init) {
        reserve(init.size());
        for (const auto& v : init) push_back(v);
    }

    small_vector(const small_vector& other) {
        reserve(other.size());
        std::uninitialized_copy(other.begin(), other.end(), data());
        size_ = other.size_;
    }

    small_vector(small_vector&& other) noexcept(std::is_nothrow_move_constructible_v<T>) {
        if (other.is_inline()) {
            std::uninitialized_move(other.begin(), other.end(), data());
            size_ = other.size_;
            other.clear();
        } else {
            heap_ = std::exchange(other.heap_, nullptr);
            capacity_ = std::exchange(other.capacity_, N);
            size_ = std::exchange(other.size_, 0);
        }
    }

    small_vector& operator=(small_vector other) noexcept {
        swap(other);
        return *this;
    }

    ~small_vector() {
        clear();
        release_heap();
    }

    [[nodiscard]] size_type size() const noexcept { return size_; }
    [[nodiscard]] size_type capacity() const noexcept { return capacity_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] bool is_inline() const noexcept { return heap_ == nullptr; }

    T* data() noexcept { return heap_ ? heap_ : reinterpret_cast<T*>(inline_); }
    const T* data() const noexcept { return heap_ ? heap_ : reinterpret_cast<const T*>(inline_); }

    iterator begin() noexcept { return data(); }
    iterator end() noexcept { return data() + size_; }
    const_iterator begin() const noexcept { return data(); }
    const_iterator end() const noexcept { return data() + size_; }

    reference operator[](size_type i) noexcept { return data()[i]; }
    const_reference operator[](size_type i) const noexcept { return data()[i]; }

    reference at(size_type i) {
        if (i >= size_) throw std::out_of_range("small_vector::at");
        return data()[i];
    }

    reference back() noexcept { return data()[size_ - 1]; }

    void reserve(size_type want) {
        if (want <= capacity_) return;
        size_type cap = std::max(want, capacity_ * 2);
        T* fresh = static_cast<T*>(::operator new(cap * sizeof(T), std::align_val_t{alignof(T)}));
        std::uninitialized_move(begin(), end(), fresh);
        std::destroy(begin(), end());
        release_heap();
        heap_ = fresh;
        capacity_ = cap;
    }

    template <typename... Args>
    reference emplace_back(Args&&... args) {
        if (size_ == capacity_) reserve(capacity_ + 1);
        T* slot = data() + size_;
        std::construct_at(slot, std::forward<Args>(args)...);
        ++size_;
        return *slot;
    }

    void push_back(const T& v) { emplace_back(v); }
    void push_back(T&& v) { emplace_back(std::move(v)); }

    void pop_back() noexcept {
        std::destroy_at(data() + size_ - 1);
        --size_;
    }

    void clear() noexcept {
        std::destroy(begin(), end());
        size_ = 0;
    }

    void swap(small_vector& other) noexcept {
        if (!is_inline() && !other.is_inline()) {
            std::swap(heap_, other.heap_);
            std::swap(capacity_, other.capacity_);
            std::swap(size_, other.size_);
            return;
        }
        small_vector tmp(std::move(other));
        other.clear();
        other.release_heap();
        other.move_from(std::move(*this));
        clear();
        release_heap();
        move_from(std::move(tmp));
    }

    friend bool operator==(const small_vector& a, const small_vector& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    void move_from(small_vector&& src) {
        if (src.is_inline()) {
            std::uninitialized_move(src.begin(), src.end(), data());
            size_ = src.size_;
            src.clear();
        } else {
            heap_ = std::exchange(src.heap_, nullptr);
            capacity_ = std::exchange(src.capacity_, N);
            size_ = std::exchange(src.size_, 0);
        }
    }

    void release_heap() noexcept {
        if (heap_) {
            ::operator delete(heap_, std::align_val_t{alignof(T)});
            heap_ = nullptr;
            capacity_ = N;
        }
    }

    alignas(T) std::byte inline_[N * sizeof(T)];
    T* heap_ = nullptr;
    size_type size_ = 0;
    size_type capacity_ = N;
};

}  // namespace sv
