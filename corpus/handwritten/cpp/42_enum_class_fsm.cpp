#include <array>
#include <iostream>
#include <optional>
#include <string_view>

enum class State { Idle, Connecting, Connected, Disconnecting, Error };
enum class Event { Connect, Connected, Timeout, Disconnect, Closed, Reset };

constexpr std::string_view toString(State s) {
    constexpr std::array names{"Idle", "Connecting", "Connected", "Disconnecting", "Error"};
    return names[static_cast<std::size_t>(s)];
}

constexpr std::optional<State> transition(State s, Event e) {
    using S = State;
    using E = Event;
    switch (s) {
    case S::Idle:
        if (e == E::Connect) return S::Connecting;
        break;
    case S::Connecting:
        if (e == E::Connected) return S::Connected;
        if (e == E::Timeout) return S::Error;
        break;
    case S::Connected:
        if (e == E::Disconnect) return S::Disconnecting;
        if (e == E::Timeout) return S::Error;
        break;
    case S::Disconnecting:
        if (e == E::Closed) return S::Idle;
        break;
    case S::Error:
        if (e == E::Reset) return S::Idle;
        break;
    }
    return std::nullopt;
}

static_assert(transition(State::Idle, Event::Connect) == State::Connecting);
static_assert(!transition(State::Idle, Event::Closed));

class Connection {
public:
    bool handle(Event e) {
        if (auto next = transition(state_, e)) {
            std::cout << toString(state_) << " -> " << toString(*next) << '\n';
            state_ = *next;
            return true;
        }
        std::cout << "ignored event in state " << toString(state_) << '\n';
        return false;
    }
    State state() const { return state_; }

private:
    State state_ = State::Idle;
};

int main() {
    Connection c;
    for (Event e : {Event::Connect, Event::Timeout, Event::Connect, Event::Reset,
                    Event::Connect, Event::Connected, Event::Disconnect, Event::Closed})
        c.handle(e);
}
