#include <Arduino.h>

class DebouncedButton {
public:
    DebouncedButton(uint8_t pin, uint16_t debounceMs = 25)
        : pin_(pin), debounceMs_(debounceMs) {}

    void begin() {
        pinMode(pin_, INPUT_PULLUP);
        stable_ = lastRaw_ = digitalRead(pin_);
    }

    // returns true exactly once per press (falling edge, active low)
    bool pressed() {
        const bool raw = digitalRead(pin_);
        const uint32_t now = millis();
        if (raw != lastRaw_) { lastChange_ = now; lastRaw_ = raw; }
        if (now - lastChange_ >= debounceMs_ && raw != stable_) {
            stable_ = raw;
            return stable_ == LOW;
        }
        return false;
    }

private:
    uint8_t pin_;
    uint16_t debounceMs_;
    bool stable_ = HIGH, lastRaw_ = HIGH;
    uint32_t lastChange_ = 0;
};

DebouncedButton button(2);
uint8_t mode = 0;

void setup() {
    button.begin();
    pinMode(LED_BUILTIN, OUTPUT);
}

void loop() {
    if (button.pressed()) mode = (mode + 1) % 3;
    const uint16_t period = mode == 0 ? 1000 : mode == 1 ? 250 : 60;
    digitalWrite(LED_BUILTIN, (millis() / period) & 1);
}
