#pragma once
#include <cstddef>
#include <type_traits>

namespace meta {

template <typename... Ts> struct type_list {};

// size
template <typename L> struct size;
template <typename... Ts> struct size<type_list<Ts...>> : std::integral_constant<std::size_t, sizeof...(Ts)> {};
template <typename L> inline constexpr std::size_t size_v = size<L>::value;

// push_front / push_back
template <typename L, typename T> struct push_front;
template <typename... Ts, typename T> struct push_front<type_list<Ts...>, T> { using type = type_list<T, Ts...>; };

template <typename L, typename T> struct push_back;
template <typename... Ts, typename T> struct push_back<type_list<Ts...>, T> { using type = type_list<Ts..., T>; };

// at<I>
template <std::size_t I, typename L> struct at;
template <typename T, typename... Ts> struct at<0, type_list<T, Ts...>> { using type = T; };
template <std::size_t I, typename T, typename... Ts>
struct at<I, type_list<T, Ts...>> : at<I - 1, type_list<Ts...>> {};
template <std::size_t I, typename L> using at_t = typename at<I, L>::type;

// index_of<T>
template <typename T, typename L> struct index_of;
template <typename T, typename... Ts> struct index_of<T, type_list<T, Ts...>> : std::integral_constant<std::size_t, 0> {};
template <typename T, typename U, typename... Ts>
struct index_of<T, type_list<U, Ts...>>
    : std::integral_constant<std::size_t, 1 + index_of<T, type_list<Ts...>>::value> {};

// contains<T>
template <typename T, typename L> struct contains;
template <typename T, typename... Ts>
struct contains<T, type_list<Ts...>> : std::bool_constant<(std::is_same_v<T, Ts> || ...)> {};

// filter<Pred>
template <template <typename> class Pred, typename L> struct filter;
template <template <typename> class Pred> struct filter<Pred, type_list<>> { using type = type_list<>; };
template <template <typename> class Pred, typename T, typename... Ts>
struct filter<Pred, type_list<T, Ts...>> {
    using rest = typename filter<Pred, type_list<Ts...>>::type;
    using type = std::conditional_t<Pred<T>::value, typename push_front<rest, T>::type, rest>;
};

// transform<F>
template <template <typename> class F, typename L> struct transform;
template <template <typename> class F, typename... Ts>
struct transform<F, type_list<Ts...>> { using type = type_list<typename F<Ts>::type...>; };

// unique
template <typename L, typename Acc = type_list<>> struct unique;
template <typename Acc> struct unique<type_list<>, Acc> { using type = Acc; };
template <typename T, typename... Ts, typename Acc>
struct unique<type_list<T, Ts...>, Acc>
    : unique<type_list<Ts...>,
             std::conditional_t<contains<T, Acc>::value, Acc, typename push_back<Acc, T>::type>> {};

// apply to another template, e.g. std::variant
template <template <typename...> class Target, typename L> struct rename;
template <template <typename...> class Target, typename... Ts>
struct rename<Target, type_list<Ts...>> { using type = Target<Ts...>; };

// ---- compile-time checks ----
using L = type_list<int, double, char, int, float>;
static_assert(size_v<L> == 5);
static_assert(std::is_same_v<at_t<2, L>, char>);
static_assert(index_of<double, L>::value == 1);
static_assert(contains<float, L>::value && !contains<long, L>::value);
static_assert(std::is_same_v<filter<std::is_floating_point, L>::type, type_list<double, float>>);
static_assert(std::is_same_v<transform<std::add_pointer, type_list<int, char>>::type, type_list<int*, char*>>);
static_assert(std::is_same_v<unique<L>::type, type_list<int, double, char, float>>);

}  // namespace meta
