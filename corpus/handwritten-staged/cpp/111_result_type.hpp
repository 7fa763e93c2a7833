#pragma once
// Result<T, E>: a minimal expected-like type for codebases stuck before C++23.

#include <cassert>
#include <functional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace util {

template <typename E>
struct Err {
    E error;
};

template <typename E>
Err(E) -> Err<E>;

template <typename T, typename E = std::string>
class [[nodiscard]] Result {
public:
    using value_type = T;
    using error_type = E;

    Result(const T& v) : data_(std::in_place_index<0>, v) {}
    Result(T&& v) : data_(std::in_place_index<0>, std::move(v)) {}

    template <typename G>
        requires std::is_constructible_v<E, G>
    Result(Err<G> e) : data_(std::in_place_index<1>, std::move(e.error)) {}

    [[nodiscard]] bool ok() const noexcept { return data_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<0>(data_);
    }
    const T& value() const& {
        assert(ok());
        return std::get<0>(data_);
    }
    T&& value() && {
        assert(ok());
        return std::get<0>(std::move(data_));
    }

    const E& error() const& {
        assert(!ok());
        return std::get<1>(data_);
    }

    T* operator->() { return &value(); }
    T& operator*() & { return value(); }

    template <typename U>
    T value_or(U&& fallback) const& {
        return ok() ? std::get<0>(data_) : static_cast<T>(std::forward<U>(fallback));
    }

    // map: Result<T,E> -> Result<U,E>
    template <typename F>
    auto map(F&& f) const& -> Result<std::invoke_result_t<F, const T&>, E> {
        if (ok()) return std::invoke(std::forward<F>(f), std::get<0>(data_));
        return Err{std::get<1>(data_)};
    }

    // and_then: f returns a Result itself
    template <typename F>
    auto and_then(F&& f) const& -> std::invoke_result_t<F, const T&> {
        if (ok()) return std::invoke(std::forward<F>(f), std::get<0>(data_));
        return Err{std::get<1>(data_)};
    }

    template <typename F>
    auto map_error(F&& f) const& -> Result<T, std::invoke_result_t<F, const E&>> {
        if (ok()) return std::get<0>(data_);
        return Err{std::invoke(std::forward<F>(f), std::get<1>(data_))};
    }

    template <typename OnOk, typename OnErr>
    decltype(auto) match(OnOk&& on_ok, OnErr&& on_err) const& {
        return ok() ? std::invoke(std::forward<OnOk>(on_ok), std::get<0>(data_))
                    : std::invoke(std::forward<OnErr>(on_err), std::get<1>(data_));
    }

private:
    // indexed access only, so Result<std::string, std::string> works too
    std::variant<T, E> data_;
};

}  // namespace util

// Usage:
//
//   util::Result<int> parse_port(std::string_view s);
//   auto url = parse_port(arg)
//                  .and_then(check_range)
//                  .map([](int p) { return "http://localhost:" + std::to_string(p); })
//                  .value_or("http://localhost:8080");
