#include <atomic>
#include <chrono>
#include <functional>
#include <iostream>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

// Read-mostly memoizing cache: many readers share the lock, a miss upgrades
// to an exclusive lock and re-checks before computing.
template <typename Key, typename Value>
class MemoCache {
public:
    using Loader = std::function<Value(const Key&)>;

    explicit MemoCache(Loader loader) : loader_(std::move(loader)) {}

    Value get(const Key& key) {
        {
            std::shared_lock read(mutex_);
            if (auto it = map_.find(key); it != map_.end()) {
                ++hits_;
                return it->second;
            }
        }
        std::unique_lock write(mutex_);
        if (auto it = map_.find(key); it != map_.end()) {   // someone beat us to it
            ++hits_;
            return it->second;
        }
        ++misses_;
        auto [it, _] = map_.emplace(key, loader_(key));
        return it->second;
    }

    void invalidate(const Key& key) {
        std::unique_lock write(mutex_);
        map_.erase(key);
    }

    std::pair<long, long> stats() const {
        std::shared_lock read(mutex_);
        return {hits_.load(), misses_.load()};
    }

private:
    Loader loader_;
    mutable std::shared_mutex mutex_;
    std::unordered_map<Key, Value> map_;
    std::atomic<long> hits_{0}, misses_{0};
};

int main() {
    MemoCache<int, std::string> cache([](const int& id) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));   // pretend DB call
        return "user#" + std::to_string(id);
    });

    std::vector<std::jthread> workers;
    for (int t = 0; t < 8; ++t) {
        workers.emplace_back([&cache, t] {
            for (int i = 0; i < 200; ++i) cache.get((i * 7 + t) % 25);
        });
    }
    workers.clear();   // join all

    cache.invalidate(3);
    std::cout << cache.get(3) << '\n';
    auto [hits, misses] = cache.stats();
    std::cout << "hits=" << hits << " misses=" << misses << '\n';
}
