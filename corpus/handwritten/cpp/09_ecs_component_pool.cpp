#include <cstdint>
#include <iostream>
#include <limits>
#include <tuple>
#include <typeindex>
#include <unordered_map>
#include <vector>
#include <memory>

namespace ecs {

using Entity = std::uint32_t;
constexpr Entity kNull = std::numeric_limits<Entity>::max();

class IPool {
public:
    virtual ~IPool() = default;
    virtual void remove(Entity e) = 0;
    virtual bool has(Entity e) const = 0;
};

template <typename C>
class Pool final : public IPool {
public:
    C& add(Entity e, C c) {
        if (e >= sparse_.size()) sparse_.resize(e + 1, kNull);
        sparse_[e] = static_cast<Entity>(dense_.size());
        dense_.push_back(e);
        data_.push_back(std::move(c));
        return data_.back();
    }

    void remove(Entity e) override {
        if (!has(e)) return;
        const Entity idx = sparse_[e];
        const Entity last = dense_.back();
        dense_[idx] = last;
        data_[idx] = std::move(data_.back());
        sparse_[last] = idx;
        dense_.pop_back();
        data_.pop_back();
        sparse_[e] = kNull;
    }

    bool has(Entity e) const override { return e < sparse_.size() && sparse_[e] != kNull; }
    C& get(Entity e) { return data_[sparse_[e]]; }

    auto begin() { return dense_.begin(); }
    auto end() { return dense_.end(); }

private:
    std::vector<Entity> sparse_;
    std::vector<Entity> dense_;
    std::vector<C> data_;
};

class Registry {
public:
    Entity create() { return next_++; }

    template <typename C>
    C& emplace(Entity e, C c) { return pool<C>().add(e, std::move(c)); }

    template <typename C>
    C& get(Entity e) { return pool<C>().get(e); }

    void destroy(Entity e) {
        for (auto& [_, p] : pools_) p->remove(e);
    }

    template <typename First, typename... Rest, typename Fn>
    void each(Fn&& fn) {
        for (Entity e : pool<First>()) {
            if ((pool<Rest>().has(e) && ...)) fn(e, pool<First>().get(e), pool<Rest>().get(e)...);
        }
    }

private:
    template <typename C>
    Pool<C>& pool() {
        auto key = std::type_index(typeid(C));
        auto it = pools_.find(key);
        if (it == pools_.end()) it = pools_.emplace(key, std::make_unique<Pool<C>>()).first;
        return static_cast<Pool<C>&>(*it->second);
    }

    Entity next_ = 0;
    std::unordered_map<std::type_index, std::unique_ptr<IPool>> pools_;
};

}  // namespace ecs

struct Position { float x, y; };
struct Velocity { float dx, dy; };

int main() {
    ecs::Registry reg;
    for (int i = 0; i < 5; ++i) {
        auto e = reg.create();
        reg.emplace(e, Position{float(i), 0.f});
        if (i % 2 == 0) reg.emplace(e, Velocity{1.f, 0.5f});
    }
    reg.each<Position, Velocity>([](ecs::Entity e, Position& p, Velocity& v) {
        p.x += v.dx;
        p.y += v.dy;
        std::cout << "entity " << e << " -> (" << p.x << ", " << p.y << ")\n";
    });
}
