#include <cstdint>
#include <deque>
#include <iostream>
#include <string>
#include <string_view>
#include <unordered_map>

class Interner {
public:
    std::uint32_t intern(std::string_view s) {
        if (auto it = ids_.find(s); it != ids_.end()) return it->second;
        const auto& stored = strings_.emplace_back(s);   // deque: stable addresses
        const auto id = static_cast<std::uint32_t>(strings_.size() - 1);
        ids_.emplace(std::string_view(stored), id);
        return id;
    }
    std::string_view lookup(std::uint32_t id) const { return strings_.at(id); }

private:
    std::deque<std::string> strings_;
    std::unordered_map<std::string_view, std::uint32_t> ids_;
};

int main() {
    Interner names;
    for (auto w : {"let", "x", "=", "x", "+", "let"}) std::cout << names.intern(w) << ' ';
    std::cout << "| " << names.lookup(1) << '\n';
}
