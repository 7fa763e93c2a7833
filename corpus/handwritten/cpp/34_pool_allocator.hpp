#pragma once

#include <cassert>
#include <cstddef>
#include <new>
#include <utility>
#include <vector>

/// Fixed-size object pool: O(1) allocate/free, no per-object heap traffic.
template <typename T, std::size_t ChunkSize = 256>
class ObjectPool {
    union Slot {
        Slot* next;
        alignas(T) unsigned char storage[sizeof(T)];
    };

public:
    ObjectPool() = default;
    ObjectPool(const ObjectPool&) = delete;
    ObjectPool& operator=(const ObjectPool&) = delete;

    ~ObjectPool() {
        assert(live_ == 0 && "objects still alive when pool destroyed");
        for (Slot* chunk : chunks_)
            ::operator delete[](chunk, std::align_val_t{alignof(Slot)});
    }

    template <typename... Args>
    T* create(Args&&... args) {
        if (!freeList_) grow();
        Slot* s = freeList_;
        freeList_ = s->next;
        T* obj = ::new (static_cast<void*>(s->storage)) T(std::forward<Args>(args)...);
        ++live_;
        return obj;
    }

    void destroy(T* obj) noexcept {
        if (!obj) return;
        obj->~T();
        Slot* s = reinterpret_cast<Slot*>(obj);
        s->next = freeList_;
        freeList_ = s;
        --live_;
    }

    std::size_t live() const noexcept { return live_; }
    std::size_t capacity() const noexcept { return chunks_.size() * ChunkSize; }

private:
    void grow() {
        auto* chunk = static_cast<Slot*>(
            ::operator new[](sizeof(Slot) * ChunkSize, std::align_val_t{alignof(Slot)}));
        chunks_.push_back(chunk);
        for (std::size_t i = 0; i < ChunkSize; ++i) {
            chunk[i].next = freeList_;
            freeList_ = &chunk[i];
        }
    }

    Slot* freeList_ = nullptr;
    std::vector<Slot*> chunks_;
    std::size_t live_ = 0;
};
