#include <coroutine>
#include <cstdint>
#include <exception>
#include <iostream>
#include <utility>

template <typename T>
class Generator {
public:
    struct promise_type {
        T current;
        std::exception_ptr error;

        Generator get_return_object() {
            return Generator{std::coroutine_handle<promise_type>::from_promise(*this)};
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        std::suspend_always yield_value(T value) noexcept {
            current = std::move(value);
            return {};
        }
        void return_void() noexcept {}
        void unhandled_exception() { error = std::current_exception(); }
    };

    struct sentinel {};

    struct iterator {
        std::coroutine_handle<promise_type> h;

        iterator& operator++() {
            h.resume();
            if (h.done() && h.promise().error)
                std::rethrow_exception(h.promise().error);
            return *this;
        }
        const T& operator*() const { return h.promise().current; }
        bool operator==(sentinel) const { return h.done(); }
    };

    explicit Generator(std::coroutine_handle<promise_type> h) : handle_(h) {}
    Generator(Generator&& o) noexcept : handle_(std::exchange(o.handle_, {})) {}
    Generator(const Generator&) = delete;
    ~Generator() { if (handle_) handle_.destroy(); }

    iterator begin() {
        handle_.resume();
        return iterator{handle_};
    }
    sentinel end() { return {}; }

private:
    std::coroutine_handle<promise_type> handle_;
};

Generator<std::uint64_t> fibonacci(std::uint64_t limit) {
    std::uint64_t a = 0, b = 1;
    while (a <= limit) {
        co_yield a;
        a = std::exchange(b, a + b);
    }
}

Generator<int> primes() {
    for (int n = 2;; ++n) {
        bool prime = true;
        for (int d = 2; d * d <= n; ++d)
            if (n % d == 0) { prime = false; break; }
        if (prime) co_yield n;
    }
}

int main() {
    for (auto f : fibonacci(1000))
        std::cout << f << ' ';
    std::cout << '\n';

    int count = 0;
    for (int p : primes()) {
        std::cout << p << ' ';
        if (++count == 15) break;
    }
    std::cout << '\n';
}
