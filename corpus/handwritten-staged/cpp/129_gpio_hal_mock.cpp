#include <cstdint>
#include <iostream>
#include <map>

struct IGpio {
    virtual ~IGpio() = default;
    virtual void write(std::uint8_t pin, bool level) = 0;
    virtual bool read(std::uint8_t pin) const = 0;
};

class MockGpio final : public IGpio {
public:
    void write(std::uint8_t pin, bool level) override { pins_[pin] = level; ++writes_; }
    bool read(std::uint8_t pin) const override { auto it = pins_.find(pin); return it != pins_.end() && it->second; }
    int writes() const { return writes_; }
private:
    std::map<std::uint8_t, bool> pins_;
    int writes_ = 0;
};

class Relay {
public:
    Relay(IGpio& io, std::uint8_t pin, bool active_low = true) : io_(io), pin_(pin), active_low_(active_low) { off(); }
    void on()  { io_.write(pin_, !active_low_); }
    void off() { io_.write(pin_, active_low_); }
    bool is_on() const { return io_.read(pin_) != active_low_; }
private:
    IGpio& io_;
    std::uint8_t pin_;
    bool active_low_;
};

int main() {
    MockGpio gpio;
    Relay pump(gpio, 7);
    pump.on();
    std::cout << std::boolalpha << "pump on: " << pump.is_on() << ", writes: " << gpio.writes() << '\n';
}
