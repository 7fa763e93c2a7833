#include <iostream>
#include <queue>
#include <string>
#include <vector>

struct Event {
    double time;
    std::string what;
    bool operator>(const Event& o) const { return time > o.time; }
};

int main() {
    std::priority_queue<Event, std::vector<Event>, std::greater<>> q;
    q.push({3.2, "customer leaves"});
    q.push({0.5, "customer arrives"});
    q.push({1.7, "service starts"});
    while (!q.empty()) {
        auto [t, what] = q.top();
        q.pop();
        std::cout << "t=" << t << "  " << what << '\n';
    }
}
