#include <algorithm>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

// Subject holds weak references so observers can die without unsubscribing.
template <typename Event>
class Subject {
public:
    using Handler = std::function<void(const Event&)>;

    std::shared_ptr<Handler> subscribe(Handler h) {
        auto sp = std::make_shared<Handler>(std::move(h));
        handlers_.push_back(sp);
        return sp;   // caller keeps this alive as long as it wants events
    }

    void notify(const Event& e) {
        handlers_.erase(std::remove_if(handlers_.begin(), handlers_.end(),
                                       [](const auto& w) { return w.expired(); }),
                        handlers_.end());
        for (auto& w : handlers_)
            if (auto h = w.lock()) (*h)(e);
    }

    std::size_t live() const {
        return static_cast<std::size_t>(std::count_if(handlers_.begin(), handlers_.end(),
                                                      [](const auto& w) { return !w.expired(); }));
    }

private:
    std::vector<std::weak_ptr<Handler>> handlers_;
};

struct PriceChanged {
    std::string symbol;
    double price;
};

class Dashboard {
public:
    Dashboard(std::string name, Subject<PriceChanged>& feed)
        : name_(std::move(name)),
          token_(feed.subscribe([this](const PriceChanged& e) { on_price(e); })) {}

private:
    void on_price(const PriceChanged& e) {
        std::cout << name_ << ": " << e.symbol << " -> " << e.price << '\n';
    }
    std::string name_;
    std::shared_ptr<Subject<PriceChanged>::Handler> token_;
};

int main() {
    Subject<PriceChanged> feed;
    Dashboard main_screen("main", feed);
    {
        Dashboard popup("popup", feed);
        feed.notify({"ACME", 101.5});
        std::cout << "live observers: " << feed.live() << '\n';
    }
    feed.notify({"ACME", 99.0});
    std::cout << "live observers: " << feed.live() << '\n';
}
