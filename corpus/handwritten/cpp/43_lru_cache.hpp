#ifndef LRU_CACHE_HPP
#define LRU_CACHE_HPP

#include <cstddef>
#include <functional>
#include <list>
#include <optional>
#include <unordered_map>
#include <utility>

template <typename Key, typename Value, typename Hash = std::hash<Key>>
class LruCache
{
public:
    explicit LruCache(std::size_t capacity) : capacity_(capacity) {}

    std::optional<Value> get(const Key& key)
    {
        auto it = index_.find(key);
        if (it == index_.end())
        {
            ++misses_;
            return std::nullopt;
        }
        ++hits_;
        items_.splice(items_.begin(), items_, it->second);   // move to front
        return it->second->second;
    }

    void put(const Key& key, Value value)
    {
        if (auto it = index_.find(key); it != index_.end())
        {
            it->second->second = std::move(value);
            items_.splice(items_.begin(), items_, it->second);
            return;
        }
        if (items_.size() == capacity_)
        {
            index_.erase(items_.back().first);
            items_.pop_back();
        }
        items_.emplace_front(key, std::move(value));
        index_[key] = items_.begin();
    }

    template <typename F>
    Value getOrCompute(const Key& key, F&& compute)
    {
        if (auto v = get(key))
            return *v;
        Value v = std::invoke(std::forward<F>(compute), key);
        put(key, v);
        return v;
    }

    bool erase(const Key& key)
    {
        auto it = index_.find(key);
        if (it == index_.end())
            return false;
        items_.erase(it->second);
        index_.erase(it);
        return true;
    }

    std::size_t size() const noexcept { return items_.size(); }
    std::size_t hits() const noexcept { return hits_; }
    std::size_t misses() const noexcept { return misses_; }

private:
    using Entry = std::pair<Key, Value>;

    std::size_t capacity_;
    std::list<Entry> items_;
    std::unordered_map<Key, typename std::list<Entry>::iterator, Hash> index_;
    std::size_t hits_ = 0;
    std::size_t misses_ = 0;
};

#endif // LRU_CACHE_HPP
