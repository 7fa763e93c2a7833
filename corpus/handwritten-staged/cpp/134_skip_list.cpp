// Ordered map backed by a skip list. Supports insert/erase/find and in-order
// iteration; every node is reachable on level 0, which is what the destructor walks.

#include <array>
#include <cstdint>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <random>
#include <string>

template <typename K, typename V, typename Compare = std::less<K>, int MaxLevel = 16>
class SkipList {
    struct Node {
        K key;
        V value;
        int level;
        std::array<Node*, MaxLevel> next{};

        Node(K k, V v, int lvl) : key(std::move(k)), value(std::move(v)), level(lvl) {}
    };

public:
    class iterator {
    public:
        explicit iterator(Node* n) : node_(n) {}
        std::pair<const K&, V&> operator*() const { return {node_->key, node_->value}; }
        iterator& operator++() { node_ = node_->next[0]; return *this; }
        bool operator==(const iterator& o) const { return node_ == o.node_; }
    private:
        Node* node_;
    };

    SkipList() : rng_(0xC0FFEE) {}
    SkipList(const SkipList&) = delete;
    SkipList& operator=(const SkipList&) = delete;

    ~SkipList() {
        // walk level 0 iteratively; every node appears there exactly once
        for (Node* n = head_[0]; n != nullptr;) {
            Node* next = n->next[0];
            delete n;
            n = next;
        }
    }

    iterator begin() { return iterator(head_[0]); }
    iterator end() { return iterator(nullptr); }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }

    bool insert(K key, V value) {
        std::array<Node**, MaxLevel> update{};
        Node* x = find_predecessors(key, update);
        if (x && equal(x->key, key)) {
            x->value = std::move(value);
            return false;
        }

        const int lvl = random_level();
        level_ = std::max(level_, lvl);
        auto node = std::make_unique<Node>(std::move(key), std::move(value), lvl);
        for (int i = 0; i < lvl; ++i) {
            node->next[i] = *update[i];
            *update[i] = node.get();
        }
        node.release();   // now owned by the list
        ++size_;
        return true;
    }

    bool erase(const K& key) {
        std::array<Node**, MaxLevel> update{};
        Node* x = find_predecessors(key, update);
        if (!x || !equal(x->key, key)) return false;

        for (int i = 0; i < x->level; ++i) *update[i] = x->next[i];
        std::unique_ptr<Node> doomed(x);
        while (level_ > 1 && head_[level_ - 1] == nullptr) --level_;
        --size_;
        return true;
    }

    [[nodiscard]] std::optional<std::reference_wrapper<V>> find(const K& key) {
        Node* const* links = head_.data();
        for (int i = level_ - 1; i >= 0; --i)
            while (links[i] && cmp_(links[i]->key, key)) links = links[i]->next.data();
        Node* candidate = links[0];
        if (candidate && equal(candidate->key, key)) return std::ref(candidate->value);
        return std::nullopt;
    }

private:
    bool equal(const K& a, const K& b) const { return !cmp_(a, b) && !cmp_(b, a); }

    // Fills update[i] with the address of the link that points past `key` on
    // level i, and returns the first node whose key is not less than `key`.
    Node* find_predecessors(const K& key, std::array<Node**, MaxLevel>& update) {
        Node** links = head_.data();
        for (int i = MaxLevel - 1; i >= 0; --i) {
            while (links[i] && cmp_(links[i]->key, key)) links = links[i]->next.data();
            update[i] = &links[i];
        }
        return links[0];
    }

    int random_level() {
        int lvl = 1;
        while (lvl < MaxLevel && (rng_() & 3u) == 0) ++lvl;   // p = 1/4
        return lvl;
    }

    std::array<Node*, MaxLevel> head_{};
    int level_ = 1;
    std::size_t size_ = 0;
    Compare cmp_;
    std::mt19937 rng_;
};

int main() {
    SkipList<std::string, int> scores;
    for (auto [name, pts] : {std::pair{"mira", 42}, {"ozan", 17}, {"bea", 88}, {"kai", 63}, {"ozan", 20}})
        scores.insert(name, pts);

    scores.erase("kai");
    if (auto v = scores.find("ozan")) v->get() += 5;

    for (auto [name, pts] : scores) std::cout << name << ": " << pts << '\n';
    std::cout << "size " << scores.size() << ", has kai: " << scores.find("kai").has_value() << '\n';

    SkipList<int, int> big;
    for (int i = 0; i < 100000; ++i) big.insert((i * 7919) % 100003, i);
    for (int i = 0; i < 50000; ++i) big.erase(i);
    std::cout << "big size " << big.size() << ", first key " << (*big.begin()).first << '\n';
}
