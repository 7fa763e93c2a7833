#include <chrono>
#include <iostream>
#include <string_view>

class ScopedTimer {
public:
    explicit ScopedTimer(std::string_view label) : label_(label), start_(clock::now()) {}
    ~ScopedTimer() {
        const auto us = std::chrono::duration_cast<std::chrono::microseconds>(clock::now() - start_);
        std::clog << label_ << ": " << us.count() << " us\n";
    }
    ScopedTimer(const ScopedTimer&) = delete;
    ScopedTimer& operator=(const ScopedTimer&) = delete;

private:
    using clock = std::chrono::steady_clock;
    std::string_view label_;
    clock::time_point start_;
};

// usage:  { ScopedTimer t{"load_level"}; load_level(path); }
