#ifndef SIGSLOT_HPP
#define SIGSLOT_HPP

#include <algorithm>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace sig {

class Connection;

namespace detail {
struct SlotBase {
    virtual ~SlotBase() = default;
    bool connected = true;
};
}

/// Handle returned by Signal::connect; disconnects on request.
class Connection {
public:
    Connection() = default;
    explicit Connection(std::weak_ptr<detail::SlotBase> s) : slot_(std::move(s)) {}

    void disconnect() {
        if (auto s = slot_.lock()) s->connected = false;
    }
    bool connected() const {
        auto s = slot_.lock();
        return s && s->connected;
    }

private:
    std::weak_ptr<detail::SlotBase> slot_;
};

/// RAII variant: disconnects when it goes out of scope.
class ScopedConnection {
public:
    ScopedConnection(Connection c) : c_(std::move(c)) {}
    ~ScopedConnection() { c_.disconnect(); }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

private:
    Connection c_;
};

template <typename... Args>
class Signal {
    struct Slot : detail::SlotBase {
        std::function<void(Args...)> fn;
        explicit Slot(std::function<void(Args...)> f) : fn(std::move(f)) {}
    };

public:
    template <typename F>
    Connection connect(F&& f) {
        auto s = std::make_shared<Slot>(std::forward<F>(f));
        std::lock_guard lock(mutex_);
        slots_.push_back(s);
        return Connection(s);
    }

    template <typename C>
    Connection connect(C* obj, void (C::*method)(Args...)) {
        return connect([obj, method](Args... a) { (obj->*method)(a...); });
    }

    void emit(Args... args) {
        std::vector<std::shared_ptr<Slot>> snapshot;
        {
            std::lock_guard lock(mutex_);
            slots_.erase(std::remove_if(slots_.begin(), slots_.end(),
                                        [](const auto& s) { return !s->connected; }),
                         slots_.end());
            snapshot = slots_;
        }
        for (auto& s : snapshot)
            if (s->connected) s->fn(args...);
    }

    void operator()(Args... args) { emit(args...); }

    std::size_t slotCount() const {
        std::lock_guard lock(mutex_);
        return std::count_if(slots_.begin(), slots_.end(),
                             [](const auto& s) { return s->connected; });
    }

private:
    mutable std::mutex mutex_;
    std::vector<std::shared_ptr<Slot>> slots_;
};

} // namespace sig

#endif
