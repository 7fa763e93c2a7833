#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <vector>

class EventBus {
public:
    using Token = std::shared_ptr<void>;

    template <typename Event, typename Handler>
    [[nodiscard]] Token subscribe(Handler&& handler) {
        auto& list = handlers_[std::type_index(typeid(Event))];
        auto alive = std::make_shared<bool>(true);
        list.push_back({std::weak_ptr<bool>(alive),
                        [h = std::forward<Handler>(handler)](const void* e) {
                            h(*static_cast<const Event*>(e));
                        }});
        // dropping the token unsubscribes
        return Token(alive, alive.get());
    }

    template <typename Event>
    void publish(const Event& event) {
        auto it = handlers_.find(std::type_index(typeid(Event)));
        if (it == handlers_.end()) return;
        auto& list = it->second;
        std::erase_if(list, [](const Slot& s) { return s.alive.expired(); });
        for (const auto& slot : list) slot.call(&event);
    }

private:
    struct Slot {
        std::weak_ptr<bool> alive;
        std::function<void(const void*)> call;
    };
    std::unordered_map<std::type_index, std::vector<Slot>> handlers_;
};

struct PlayerDied { std::string name; int score; };
struct LevelLoaded { int index; };

int main() {
    EventBus bus;

    auto hud = bus.subscribe<PlayerDied>([](const PlayerDied& e) {
        std::cout << "HUD: " << e.name << " died with " << e.score << " points\n";
    });
    auto music = bus.subscribe<LevelLoaded>([](const LevelLoaded& e) {
        std::cout << "Music: switching to track " << e.index % 3 << '\n';
    });

    {
        auto achievements = bus.subscribe<PlayerDied>([](auto const& e) {
            if (e.score > 1000) std::cout << "Achievement: high scorer\n";
        });
        bus.publish(PlayerDied{"kim", 1500});
    }   // achievements token destroyed here

    bus.publish(PlayerDied{"lee", 2000});
    bus.publish(LevelLoaded{4});
}
