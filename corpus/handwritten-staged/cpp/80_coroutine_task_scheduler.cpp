// A single-threaded cooperative scheduler built on C++20 coroutines.
// Tasks can co_await sleep_for(ticks) and co_await yield(); the scheduler
// advances a virtual clock so output is deterministic.

#include <coroutine>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <iostream>
#include <queue>
#include <string>
#include <utility>
#include <vector>

namespace coop {

class Scheduler;

class Task {
public:
    struct promise_type {
        Scheduler* sched = nullptr;
        std::exception_ptr error;

        Task get_return_object() {
            return Task{std::coroutine_handle<promise_type>::from_promise(*this)};
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        void return_void() noexcept {}
        void unhandled_exception() { error = std::current_exception(); }
    };

    using handle_type = std::coroutine_handle<promise_type>;

    explicit Task(handle_type h) : handle_(h) {}
    Task(Task&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    ~Task() { if (handle_) handle_.destroy(); }

    handle_type release() { return std::exchange(handle_, nullptr); }

private:
    handle_type handle_;
};

class Scheduler {
public:
    void spawn(Task task) {
        auto h = task.release();
        h.promise().sched = this;
        owned_.push_back(h);
        ready_.push_back(h);
    }

    void schedule_at(std::uint64_t tick, std::coroutine_handle<> h) {
        sleeping_.push({tick, seq_++, h});
    }

    void make_ready(std::coroutine_handle<> h) { ready_.push_back(h); }

    [[nodiscard]] std::uint64_t now() const noexcept { return now_; }

    void run() {
        while (!ready_.empty() || !sleeping_.empty()) {
            if (ready_.empty()) {
                now_ = sleeping_.top().tick;
            }
            while (!sleeping_.empty() && sleeping_.top().tick <= now_) {
                ready_.push_back(sleeping_.top().handle);
                sleeping_.pop();
            }
            while (!ready_.empty()) {
                auto h = ready_.front();
                ready_.pop_front();
                h.resume();
            }
        }
        for (auto h : owned_) {
            if (auto err = h.promise().error) {
                h.destroy();
                std::rethrow_exception(err);
            }
            h.destroy();
        }
        owned_.clear();
    }

private:
    struct Sleeper {
        std::uint64_t tick;
        std::uint64_t seq;
        std::coroutine_handle<> handle;
        bool operator>(const Sleeper& o) const {
            return tick != o.tick ? tick > o.tick : seq > o.seq;
        }
    };

    std::deque<std::coroutine_handle<>> ready_;
    std::priority_queue<Sleeper, std::vector<Sleeper>, std::greater<>> sleeping_;
    std::vector<Task::handle_type> owned_;
    std::uint64_t now_ = 0;
    std::uint64_t seq_ = 0;
};

struct SleepFor {
    Scheduler& sched;
    std::uint64_t ticks;

    bool await_ready() const noexcept { return ticks == 0; }
    void await_suspend(std::coroutine_handle<> h) const { sched.schedule_at(sched.now() + ticks, h); }
    void await_resume() const noexcept {}
};

struct Yield {
    Scheduler& sched;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) const { sched.make_ready(h); }
    void await_resume() const noexcept {}
};

}  // namespace coop

using coop::Scheduler;
using coop::Task;

Task blinker(Scheduler& s, std::string name, std::uint64_t period, int times) {
    for (int i = 0; i < times; ++i) {
        std::cout << "[t=" << s.now() << "] " << name << " #" << i << '\n';
        co_await coop::SleepFor{s, period};
    }
}

Task chatty(Scheduler& s) {
    for (const char* word : {"alpha", "beta", "gamma"}) {
        std::cout << "[t=" << s.now() << "] chatty: " << word << '\n';
        co_await coop::Yield{s};
    }
}

int main() {
    Scheduler sched;
    sched.spawn(blinker(sched, "fast", 2, 4));
    sched.spawn(blinker(sched, "slow", 5, 2));
    sched.spawn(chatty(sched));
    sched.run();
    std::cout << "done at t=" << sched.now() << '\n';
}
