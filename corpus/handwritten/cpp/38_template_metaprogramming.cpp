#include <cstddef>
#include <iostream>
#include <string>
#include <type_traits>
#include <vector>
#include <list>
#include <map>

// Classic pre-concepts techniques: SFINAE, tag dispatch, recursive templates.

template <unsigned N>
struct Factorial { static const unsigned long long value = N * Factorial<N - 1>::value; };
template <>
struct Factorial<0> { static const unsigned long long value = 1; };

template <typename T, typename = void>
struct has_size : std::false_type {};
template <typename T>
struct has_size<T, std::void_t<decltype(std::declval<const T&>().size())>> : std::true_type {};

template <typename T, typename = void>
struct is_iterable : std::false_type {};
template <typename T>
struct is_iterable<T, std::void_t<decltype(std::begin(std::declval<T&>())),
                                  decltype(std::end(std::declval<T&>()))>> : std::true_type {};

// enable_if overloads
template <typename T>
typename std::enable_if<std::is_integral<T>::value, std::string>::type
describe(const T& v) { return "integer " + std::to_string(v); }

template <typename T>
typename std::enable_if<std::is_floating_point<T>::value, std::string>::type
describe(const T& v) { return "float " + std::to_string(v); }

template <typename T>
typename std::enable_if<is_iterable<T>::value && !std::is_same<T, std::string>::value,
                        std::string>::type
describe(const T& c) {
    std::string s = "container of ";
    s += has_size<T>::value ? std::to_string(c.size()) : std::string("?");
    return s + " elements";
}

inline std::string describe(const std::string& s) { return "string \"" + s + "\""; }

// tag dispatch on iterator category
template <typename It>
void advanceImpl(It& it, std::ptrdiff_t n, std::random_access_iterator_tag) { it += n; }

template <typename It>
void advanceImpl(It& it, std::ptrdiff_t n, std::bidirectional_iterator_tag) {
    if (n >= 0) while (n--) ++it;
    else        while (n++) --it;
}

template <typename It>
void myAdvance(It& it, std::ptrdiff_t n) {
    advanceImpl(it, n, typename std::iterator_traits<It>::iterator_category{});
}

// variadic recursion
void printAll() { std::cout << '\n'; }
template <typename T, typename... Rest>
void printAll(const T& first, const Rest&... rest) {
    std::cout << first;
    if (sizeof...(rest)) std::cout << ", ";
    printAll(rest...);
}

int main() {
    static_assert(Factorial<10>::value == 3628800ULL, "math is broken");
    static_assert(has_size<std::vector<int>>::value, "");
    static_assert(!has_size<int>::value, "");

    std::cout << describe(42) << '\n'
              << describe(3.5) << '\n'
              << describe(std::vector<int>{1, 2, 3}) << '\n'
              << describe(std::map<int, int>{{1, 2}}) << '\n'
              << describe(std::string("hi")) << '\n';

    std::list<int> l{10, 20, 30, 40};
    auto it = l.begin();
    myAdvance(it, 2);
    std::cout << "third list element: " << *it << '\n';

    printAll(1, "two", 3.0, 'c');
}
