#include <concepts>
#include <deque>
#include <iostream>
#include <list>
#include <map>
#include <set>
#include <string>
#include <vector>

template <typename C>
concept Container = requires(C c, const C cc) {
    typename C::value_type;
    typename C::iterator;
    { c.begin() } -> std::same_as<typename C::iterator>;
    { cc.size() } -> std::convertible_to<std::size_t>;
};

template <typename C>
concept RandomAccess = Container<C> && requires(C c, std::size_t i) {
    { c[i] } -> std::same_as<typename C::value_type&>;
};

template <typename C>
concept Associative = Container<C> && requires(const C c, typename C::key_type k) {
    { c.find(k) } -> std::convertible_to<typename C::const_iterator>;
};

template <typename T>
concept Printable = requires(std::ostream& os, const T& v) { { os << v } -> std::same_as<std::ostream&>; };

template <Container C>
std::string kind(const C&) {
    if constexpr (RandomAccess<C>) return "random-access";
    else if constexpr (Associative<C>) return "associative";
    else return "sequential";
}

// middle element: O(1) where possible, otherwise walk
template <RandomAccess C>
auto middle(C& c) -> typename C::value_type& { return c[c.size() / 2]; }

template <Container C>
    requires(!RandomAccess<C>)
auto middle(C& c) -> decltype(*c.begin()) {
    auto it = c.begin();
    std::advance(it, c.size() / 2);
    return *it;
}

template <Container C>
    requires Printable<typename C::value_type>
void dump(const std::string& name, const C& c) {
    std::cout << name << " (" << kind(c) << ", " << c.size() << "): ";
    for (const auto& v : c) std::cout << v << ' ';
    std::cout << '\n';
}

int main() {
    std::vector<int> v{5, 3, 9, 1, 7};
    std::list<std::string> l{"ant", "bee", "cat"};
    std::set<double> s{2.5, 0.5, 1.5};
    std::deque<char> d{'x', 'y', 'z', 'w'};

    dump("vector", v);
    dump("list", l);
    dump("set", s);
    dump("deque", d);

    middle(v) = 100;
    std::cout << "middle of list: " << middle(l) << ", vector now: ";
    for (int x : v) std::cout << x << ' ';
    std::cout << '\n';

    static_assert(Associative<std::map<int, int>>);
    static_assert(!RandomAccess<std::list<int>>);
    static_assert(!Container<int>);
}
