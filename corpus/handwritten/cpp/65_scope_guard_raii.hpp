#pragma once
#include <exception>
#include <type_traits>
#include <utility>

namespace util {

// Runs a callable when the scope ends. The *_fail and *_success variants
// look at std::uncaught_exceptions() to decide whether to run.
template <typename F, typename Policy>
class basic_scope_guard {
public:
    explicit basic_scope_guard(F f) noexcept(std::is_nothrow_move_constructible_v<F>)
        : fn_(std::move(f)), exceptions_(std::uncaught_exceptions()) {}

    basic_scope_guard(basic_scope_guard&& o) noexcept
        : fn_(std::move(o.fn_)), exceptions_(o.exceptions_), active_(std::exchange(o.active_, false)) {}

    basic_scope_guard(const basic_scope_guard&) = delete;
    basic_scope_guard& operator=(const basic_scope_guard&) = delete;

    ~basic_scope_guard() noexcept(Policy::noexcept_dtor) {
        if (active_ && Policy::should_run(exceptions_)) fn_();
    }

    void dismiss() noexcept { active_ = false; }

private:
    F fn_;
    int exceptions_;
    bool active_ = true;
};

struct always {
    static constexpr bool noexcept_dtor = true;
    static bool should_run(int) { return true; }
};
struct on_fail {
    static constexpr bool noexcept_dtor = true;
    static bool should_run(int before) { return std::uncaught_exceptions() > before; }
};
struct on_success {
    static constexpr bool noexcept_dtor = false;
    static bool should_run(int before) { return std::uncaught_exceptions() <= before; }
};

template <typename F> auto scope_exit(F f) { return basic_scope_guard<F, always>(std::move(f)); }
template <typename F> auto scope_fail(F f) { return basic_scope_guard<F, on_fail>(std::move(f)); }
template <typename F> auto scope_success(F f) { return basic_scope_guard<F, on_success>(std::move(f)); }

}  // namespace util

// usage:
//   auto rollback = util::scope_fail([&] { db.rollback(); });
//   db.begin(); do_work(db); db.commit();
