#include <algorithm>
#include <array>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

class Trie {
    struct Node {
        std::array<std::unique_ptr<Node>, 26> next{};
        bool terminal = false;
        unsigned weight = 0;
    };

public:
    void insert(std::string_view word, unsigned weight = 1) {
        Node* n = &root_;
        for (char c : word) {
            auto& slot = n->next[index(c)];
            if (!slot) slot = std::make_unique<Node>();
            n = slot.get();
        }
        n->terminal = true;
        n->weight += weight;
    }

    bool contains(std::string_view word) const {
        const Node* n = find(word);
        return n && n->terminal;
    }

    std::vector<std::pair<std::string, unsigned>> complete(std::string_view prefix, std::size_t limit) const {
        std::vector<std::pair<std::string, unsigned>> out;
        const Node* start = find(prefix);
        if (!start) return out;
        std::string buf(prefix);
        collect(start, buf, out);
        std::sort(out.begin(), out.end(), [](auto& a, auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (out.size() > limit) out.resize(limit);
        return out;
    }

private:
    static std::size_t index(char c) {
        if (c < 'a' || c > 'z') throw std::invalid_argument(std::string("unsupported char: ") + c);
        return static_cast<std::size_t>(c - 'a');
    }

    const Node* find(std::string_view s) const {
        const Node* n = &root_;
        for (char c : s) {
            n = n->next[index(c)].get();
            if (!n) return nullptr;
        }
        return n;
    }

    static void collect(const Node* n, std::string& buf, std::vector<std::pair<std::string, unsigned>>& out) {
        if (n->terminal) out.emplace_back(buf, n->weight);
        for (std::size_t i = 0; i < 26; ++i) {
            if (!n->next[i]) continue;
            buf.push_back(static_cast<char>('a' + i));
            collect(n->next[i].get(), buf, out);
            buf.pop_back();
        }
    }

    Node root_;
};

int main() {
    Trie t;
    for (auto [w, f] : std::initializer_list<std::pair<const char*, unsigned>>{
             {"car", 40}, {"card", 12}, {"care", 25}, {"careful", 9}, {"cart", 18}, {"cat", 60}, {"dog", 30}}) {
        t.insert(w, f);
    }
    for (auto& [word, weight] : t.complete("car", 3)) std::cout << word << " (" << weight << ")\n";
    std::cout << std::boolalpha << t.contains("care") << ' ' << t.contains("ca") << '\n';
}
