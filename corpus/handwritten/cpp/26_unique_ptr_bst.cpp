#include <iostream>
#include <memory>
#include <algorithm>
#include <functional>
#include <string>

template <typename K, typename V, typename Compare = std::less<K>>
class BstMap {
    struct Node {
        K key;
        V value;
        std::unique_ptr<Node> left, right;
        Node(K k, V v) : key(std::move(k)), value(std::move(v)) {}
    };

public:
    void insert(K key, V value) {
        std::unique_ptr<Node>* slot = &root_;
        while (*slot) {
            if (cmp_(key, (*slot)->key))
                slot = &(*slot)->left;
            else if (cmp_((*slot)->key, key))
                slot = &(*slot)->right;
            else {
                (*slot)->value = std::move(value);
                return;
            }
        }
        *slot = std::make_unique<Node>(std::move(key), std::move(value));
        ++size_;
    }

    const V* find(const K& key) const {
        const Node* n = root_.get();
        while (n) {
            if (cmp_(key, n->key)) n = n->left.get();
            else if (cmp_(n->key, key)) n = n->right.get();
            else return &n->value;
        }
        return nullptr;
    }

    template <typename F>
    void inOrder(F&& visit) const { walk(root_.get(), visit); }

    std::size_t size() const noexcept { return size_; }
    int height() const { return height(root_.get()); }

private:
    template <typename F>
    static void walk(const Node* n, F& visit) {
        if (!n) return;
        walk(n->left.get(), visit);
        visit(n->key, n->value);
        walk(n->right.get(), visit);
    }

    static int height(const Node* n) {
        return n ? 1 + std::max(height(n->left.get()), height(n->right.get())) : 0;
    }

    std::unique_ptr<Node> root_;
    std::size_t size_ = 0;
    Compare cmp_;
};

int main() {
    BstMap<std::string, int> ages;
    const std::pair<const char*, int> people[] = {
        {"mia", 31}, {"leo", 25}, {"zoe", 40}, {"ana", 19}, {"leo", 26},
    };
    for (auto [name, age] : people)
        ages.insert(name, age);

    ages.inOrder([](const std::string& k, int v) { std::cout << k << " = " << v << '\n'; });
    std::cout << "size " << ages.size() << ", height " << ages.height() << '\n';

    if (const int* a = ages.find("zoe"))
        std::cout << "zoe is " << *a << '\n';
}
