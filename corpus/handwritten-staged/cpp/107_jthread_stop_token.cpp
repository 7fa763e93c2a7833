#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <stop_token>
#include <thread>

using namespace std::chrono_literals;

int main() {
    std::mutex m;
    std::condition_variable_any cv;
    int ticks = 0;

    std::jthread heartbeat([&](std::stop_token st) {
        std::unique_lock lock(m);
        while (!st.stop_requested()) {
            // wakes early if stop is requested
            cv.wait_for(lock, st, 100ms, [] { return false; });
            if (st.stop_requested()) break;
            std::cout << "tick " << ++ticks << '\n';
        }
        std::cout << "heartbeat stopping\n";
    });

    std::stop_callback on_stop(heartbeat.get_stop_token(), [] { std::cout << "stop requested\n"; });

    std::this_thread::sleep_for(350ms);
    heartbeat.request_stop();
}   // jthread joins automatically
