#include <algorithm>
#include <chrono>
#include <future>
#include <iostream>
#include <numeric>
#include <random>
#include <thread>
#include <vector>

template <typename It>
long long parallel_sum(It first, It last, unsigned parts) {
    auto len = std::distance(first, last);
    if (parts <= 1 || len < 10'000) return std::accumulate(first, last, 0LL);

    std::vector<std::future<long long>> futures;
    auto chunk = len / parts;
    It begin = first;
    for (unsigned i = 0; i + 1 < parts; ++i) {
        It end = std::next(begin, chunk);
        futures.push_back(std::async(std::launch::async, [begin, end] {
            return std::accumulate(begin, end, 0LL);
        }));
        begin = end;
    }
    long long total = std::accumulate(begin, last, 0LL);   // last chunk on this thread
    for (auto& f : futures) total += f.get();
    return total;
}

int main() {
    std::vector<int> data(20'000'000);
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> dist(0, 100);
    std::generate(data.begin(), data.end(), [&] { return dist(rng); });

    auto time = [](auto&& f) {
        auto t0 = std::chrono::steady_clock::now();
        auto r = f();
        auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        return std::pair{r, ms};
    };

    auto [s1, t1] = time([&] { return parallel_sum(data.begin(), data.end(), 1); });
    unsigned hw = std::max(2u, std::thread::hardware_concurrency());
    auto [s2, t2] = time([&] { return parallel_sum(data.begin(), data.end(), hw); });

    std::cout << "serial   " << s1 << " in " << t1 << " ms\n"
              << "parallel " << s2 << " in " << t2 << " ms (" << hw << " parts)\n";
}
