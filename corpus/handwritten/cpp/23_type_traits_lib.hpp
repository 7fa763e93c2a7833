// tl.hpp - a tiny header-only type-list / metaprogramming toolkit (C++20)
#ifndef TL_HPP_INCLUDED
#define TL_HPP_INCLUDED

#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace tl {

template <typename... Ts>
struct list {
    static constexpr std::size_t size = sizeof...(Ts);
};

// ---- front / push --------------------------------------------------------

template <typename L> struct front;
template <typename T, typename... Ts>
struct front<list<T, Ts...>> { using type = T; };
template <typename L> using front_t = typename front<L>::type;

template <typename L, typename T> struct push_back;
template <typename... Ts, typename T>
struct push_back<list<Ts...>, T> { using type = list<Ts..., T>; };
template <typename L, typename T> using push_back_t = typename push_back<L, T>::type;

template <typename L, typename T> struct push_front;
template <typename... Ts, typename T>
struct push_front<list<Ts...>, T> { using type = list<T, Ts...>; };
template <typename L, typename T> using push_front_t = typename push_front<L, T>::type;

// ---- at ------------------------------------------------------------------

template <std::size_t I, typename L> struct at;
template <std::size_t I, typename... Ts>
struct at<I, list<Ts...>> { using type = std::tuple_element_t<I, std::tuple<Ts...>>; };
template <std::size_t I, typename L> using at_t = typename at<I, L>::type;

// ---- index_of ------------------------------------------------------------

template <typename T, typename L> struct index_of;
template <typename T, typename... Ts>
struct index_of<T, list<T, Ts...>> : std::integral_constant<std::size_t, 0> {};
template <typename T, typename U, typename... Ts>
struct index_of<T, list<U, Ts...>>
    : std::integral_constant<std::size_t, 1 + index_of<T, list<Ts...>>::value> {};
template <typename T, typename L>
inline constexpr std::size_t index_of_v = index_of<T, L>::value;

// ---- contains ------------------------------------------------------------

template <typename T, typename L> struct contains;
template <typename T, typename... Ts>
struct contains<T, list<Ts...>> : std::disjunction<std::is_same<T, Ts>...> {};
template <typename T, typename L>
inline constexpr bool contains_v = contains<T, L>::value;

// ---- transform -----------------------------------------------------------

template <template <typename> class F, typename L> struct transform;
template <template <typename> class F, typename... Ts>
struct transform<F, list<Ts...>> { using type = list<typename F<Ts>::type...>; };
template <template <typename> class F, typename L>
using transform_t = typename transform<F, L>::type;

// ---- filter --------------------------------------------------------------

template <template <typename> class Pred, typename L> struct filter;
template <template <typename> class Pred>
struct filter<Pred, list<>> { using type = list<>; };
template <template <typename> class Pred, typename T, typename... Ts>
struct filter<Pred, list<T, Ts...>> {
    using rest = typename filter<Pred, list<Ts...>>::type;
    using type = std::conditional_t<Pred<T>::value, push_front_t<rest, T>, rest>;
};
template <template <typename> class Pred, typename L>
using filter_t = typename filter<Pred, L>::type;

// ---- unique --------------------------------------------------------------

template <typename L, typename Acc = list<>> struct unique;
template <typename Acc>
struct unique<list<>, Acc> { using type = Acc; };
template <typename T, typename... Ts, typename Acc>
struct unique<list<T, Ts...>, Acc> {
    using type = typename unique<list<Ts...>,
        std::conditional_t<contains_v<T, Acc>, Acc, push_back_t<Acc, T>>>::type;
};
template <typename L> using unique_t = typename unique<L>::type;

// ---- apply to a template -------------------------------------------------

template <template <typename...> class C, typename L> struct rename;
template <template <typename...> class C, typename... Ts>
struct rename<C, list<Ts...>> { using type = C<Ts...>; };
template <template <typename...> class C, typename L>
using rename_t = typename rename<C, L>::type;

// ---- runtime iteration ---------------------------------------------------

template <typename L, typename F>
constexpr void for_each_type(F&& f) {
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f.template operator()<at_t<I, L>>(), ...);
    }(std::make_index_sequence<L::size>{});
}

template <typename L>
constexpr std::size_t max_size() {
    std::size_t m = 0;
    for_each_type<L>([&]<typename T>() { if (sizeof(T) > m) m = sizeof(T); });
    return m;
}

} // namespace tl

// ---- compile-time tests ---------------------------------------------------
namespace tl::detail_tests {
using L = list<int, char, double, int, float>;
static_assert(L::size == 5);
static_assert(std::is_same_v<front_t<L>, int>);
static_assert(std::is_same_v<at_t<2, L>, double>);
static_assert(index_of_v<double, L> == 2);
static_assert(contains_v<float, L> && !contains_v<long, L>);
static_assert(std::is_same_v<unique_t<L>, list<int, char, double, float>>);
static_assert(std::is_same_v<filter_t<std::is_floating_point, L>, list<double, float>>);
static_assert(std::is_same_v<transform_t<std::add_pointer, list<int, char>>, list<int*, char*>>);
static_assert(std::is_same_v<rename_t<std::tuple, list<int, char>>, std::tuple<int, char>>);
} // namespace tl::detail_tests

#endif // TL_HPP_INCLUDED
