#pragma once

#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>
#include <algorithm>

namespace engine {

struct Vec3 {
    float x{}, y{}, z{};

    constexpr Vec3() = default;
    constexpr Vec3(float x_, float y_, float z_) : x(x_), y(y_), z(z_) {}

    constexpr Vec3 operator+(const Vec3& o) const { return {x + o.x, y + o.y, z + o.z}; }
    constexpr Vec3 operator-(const Vec3& o) const { return {x - o.x, y - o.y, z - o.z}; }
    constexpr Vec3 operator*(float s) const { return {x * s, y * s, z * s}; }
    Vec3& operator+=(const Vec3& o) { x += o.x; y += o.y; z += o.z; return *this; }

    constexpr float dot(const Vec3& o) const { return x * o.x + y * o.y + z * o.z; }
    constexpr Vec3 cross(const Vec3& o) const {
        return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x};
    }
    float length() const { return std::sqrt(dot(*this)); }
    Vec3 normalized() const {
        const float len = length();
        return len > 1e-6f ? *this * (1.0f / len) : Vec3{};
    }

    static constexpr Vec3 zero() { return {}; }
    static constexpr Vec3 up() { return {0, 1, 0}; }
    static constexpr Vec3 forward() { return {0, 0, -1}; }
};

struct Quat {
    float w = 1, x = 0, y = 0, z = 0;

    static Quat fromAxisAngle(const Vec3& axis, float radians) {
        const Vec3 n = axis.normalized();
        const float s = std::sin(radians * 0.5f);
        return {std::cos(radians * 0.5f), n.x * s, n.y * s, n.z * s};
    }

    Quat operator*(const Quat& q) const {
        return {
            w * q.w - x * q.x - y * q.y - z * q.z,
            w * q.x + x * q.w + y * q.z - z * q.y,
            w * q.y - x * q.z + y * q.w + z * q.x,
            w * q.z + x * q.y - y * q.x + z * q.w,
        };
    }

    Vec3 rotate(const Vec3& v) const {
        const Vec3 u{x, y, z};
        const Vec3 t = u.cross(v) * 2.0f;
        return v + t * w + u.cross(t);
    }
};

class Entity;

class Component {
public:
    virtual ~Component() = default;
    virtual void onAttach() {}
    virtual void update(float /*dt*/) {}

    Entity* owner() const { return owner_; }

private:
    friend class Entity;
    Entity* owner_ = nullptr;
};

class Transform {
public:
    Vec3 position;
    Quat rotation;
    Vec3 scale{1, 1, 1};

    Vec3 forward() const { return rotation.rotate(Vec3::forward()); }
    void rotate(const Vec3& axis, float radians) {
        rotation = Quat::fromAxisAngle(axis, radians) * rotation;
    }
};

class Entity {
public:
    using Id = std::uint32_t;

    explicit Entity(Id id, std::string name = {}) : id_(id), name_(std::move(name)) {}

    Id id() const noexcept { return id_; }
    const std::string& name() const noexcept { return name_; }
    Transform& transform() noexcept { return transform_; }

    template <typename T, typename... Args>
    T& add(Args&&... args) {
        static_assert(std::is_base_of_v<Component, T>, "T must derive from Component");
        auto c = std::make_unique<T>(std::forward<Args>(args)...);
        c->owner_ = this;
        T& ref = *c;
        components_.push_back(std::move(c));
        ref.onAttach();
        return ref;
    }

    template <typename T>
    T* get() const {
        for (const auto& c : components_)
            if (auto p = dynamic_cast<T*>(c.get()))
                return p;
        return nullptr;
    }

    void update(float dt) {
        for (auto& c : components_)
            c->update(dt);
    }

    bool alive = true;

private:
    Id id_;
    std::string name_;
    Transform transform_;
    std::vector<std::unique_ptr<Component>> components_;
};

class Scene {
public:
    Entity& spawn(std::string name) {
        entities_.push_back(std::make_unique<Entity>(nextId_++, std::move(name)));
        return *entities_.back();
    }

    void update(float dt) {
        for (auto& e : entities_)
            if (e->alive) e->update(dt);
        entities_.erase(std::remove_if(entities_.begin(), entities_.end(),
                                       [](const auto& e) { return !e->alive; }),
                        entities_.end());
    }

    std::size_t size() const { return entities_.size(); }

private:
    Entity::Id nextId_ = 1;
    std::vector<std::unique_ptr<Entity>> entities_;
};

struct Velocity : Component {
    Vec3 linear;
    explicit Velocity(Vec3 v) : linear(v) {}
    void update(float dt) override { owner()->transform().position += linear * dt; }
};

} // namespace engine
