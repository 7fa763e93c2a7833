#pragma once
// Intrusive reference counting, in the style used by scene graphs and
// COM-like APIs: the count lives in the object, so raw `this` can be
// re-wrapped safely and the pointer is one word wide.

#include <atomic>
#include <cassert>
#include <cstdint>
#include <functional>
#include <type_traits>
#include <utility>

namespace gfx {

class RefCounted {
public:
    RefCounted(const RefCounted&) = delete;
    RefCounted& operator=(const RefCounted&) = delete;

    void add_ref() const noexcept { refs_.fetch_add(1, std::memory_order_relaxed); }

    void release() const noexcept {
        if (refs_.fetch_sub(1, std::memory_order_acq_rel) == 1) delete this;
    }

    [[nodiscard]] std::uint32_t use_count() const noexcept {
        return refs_.load(std::memory_order_relaxed);
    }

protected:
    RefCounted() = default;
    virtual ~RefCounted() = default;

private:
    mutable std::atomic<std::uint32_t> refs_{0};
};

template <typename T>
class Ref {
    static_assert(std::is_base_of_v<RefCounted, T> || requires(T& t) { t.add_ref(); t.release(); },
                  "T must provide add_ref()/release()");

public:
    using element_type = T;

    constexpr Ref() noexcept = default;
    constexpr Ref(std::nullptr_t) noexcept {}

    explicit Ref(T* p) noexcept : ptr_(p) {
        if (ptr_) ptr_->add_ref();
    }

    Ref(const Ref& other) noexcept : Ref(other.ptr_) {}
    Ref(Ref&& other) noexcept : ptr_(std::exchange(other.ptr_, nullptr)) {}

    template <typename U>
        requires std::is_convertible_v<U*, T*>
    Ref(const Ref<U>& other) noexcept : Ref(static_cast<T*>(other.get())) {}

    template <typename U>
        requires std::is_convertible_v<U*, T*>
    Ref(Ref<U>&& other) noexcept : ptr_(other.detach()) {}

    ~Ref() {
        if (ptr_) ptr_->release();
    }

    Ref& operator=(Ref other) noexcept {
        std::swap(ptr_, other.ptr_);
        return *this;
    }

    Ref& operator=(std::nullptr_t) noexcept {
        reset();
        return *this;
    }

    void reset() noexcept {
        if (auto* old = std::exchange(ptr_, nullptr)) old->release();
    }

    // Give up ownership without decrementing.
    [[nodiscard]] T* detach() noexcept { return std::exchange(ptr_, nullptr); }

    [[nodiscard]] T* get() const noexcept { return ptr_; }
    T& operator*() const noexcept {
        assert(ptr_);
        return *ptr_;
    }
    T* operator->() const noexcept {
        assert(ptr_);
        return ptr_;
    }
    explicit operator bool() const noexcept { return ptr_ != nullptr; }

    friend bool operator==(const Ref& a, const Ref& b) noexcept { return a.ptr_ == b.ptr_; }
    friend bool operator==(const Ref& a, std::nullptr_t) noexcept { return a.ptr_ == nullptr; }

    template <typename U>
    friend class Ref;

private:
    T* ptr_ = nullptr;
};

template <typename T, typename... Args>
[[nodiscard]] Ref<T> make_ref(Args&&... args) {
    return Ref<T>(new T(std::forward<Args>(args)...));
}

template <typename To, typename From>
[[nodiscard]] Ref<To> ref_cast(const Ref<From>& from) {
    return Ref<To>(dynamic_cast<To*>(from.get()));
}

}  // namespace gfx

template <typename T>
struct std::hash<gfx::Ref<T>> {
    std::size_t operator()(const gfx::Ref<T>& r) const noexcept {
        return std::hash<T*>{}(r.get());
    }
};

#ifdef GFX_REF_DEMO
#include <iostream>
#include <string>
#include <vector>

namespace gfx {
class Texture : public RefCounted {
public:
    explicit Texture(std::string name) : name_(std::move(name)) { std::cout << "load " << name_ << '\n'; }
    ~Texture() override { std::cout << "free " << name_ << '\n'; }
    const std::string& name() const { return name_; }
private:
    std::string name_;
};

class RenderTarget final : public Texture {
public:
    using Texture::Texture;
    int samples = 4;
};
}  // namespace gfx

int main() {
    using namespace gfx;
    std::vector<Ref<Texture>> materials;
    {
        auto brick = make_ref<Texture>("brick.png");
        materials.push_back(brick);
        materials.push_back(brick);
        std::cout << "brick refs: " << brick->use_count() << '\n';
        Ref<Texture> rt = make_ref<RenderTarget>("shadow-map");
        if (auto as_rt = ref_cast<RenderTarget>(rt)) std::cout << "samples " << as_rt->samples << '\n';
    }
    materials.clear();
}
#endif
