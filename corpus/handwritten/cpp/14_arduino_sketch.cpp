#include <Arduino.h>
#include <Wire.h>

namespace {
constexpr uint8_t kSensorAddr = 0x44;
constexpr uint8_t kLedPin = 13;
constexpr unsigned long kIntervalMs = 2000;

class Sht31 {
public:
    explicit Sht31(uint8_t addr) : addr_(addr) {}

    bool read(float& tempC, float& humidity) {
        Wire.beginTransmission(addr_);
        Wire.write(0x24);
        Wire.write(0x00);
        if (Wire.endTransmission() != 0) return false;
        delay(20);
        if (Wire.requestFrom(addr_, uint8_t(6)) != 6) return false;
        uint16_t rawT = (Wire.read() << 8) | Wire.read();
        Wire.read();  // crc
        uint16_t rawH = (Wire.read() << 8) | Wire.read();
        Wire.read();
        tempC = -45.0f + 175.0f * rawT / 65535.0f;
        humidity = 100.0f * rawH / 65535.0f;
        return true;
    }

private:
    uint8_t addr_;
};

Sht31 sensor(kSensorAddr);
unsigned long lastRead = 0;
}  // namespace

void setup() {
    Serial.begin(115200);
    Wire.begin();
    pinMode(kLedPin, OUTPUT);
}

void loop() {
    if (millis() - lastRead < kIntervalMs) return;
    lastRead = millis();
    float t, h;
    if (sensor.read(t, h)) {
        Serial.print(t, 2);
        Serial.print(" C, ");
        Serial.print(h, 1);
        Serial.println(" %RH");
        digitalWrite(kLedPin, h > 70.0f ? HIGH : LOW);
    } else {
        Serial.println(F("sensor error"));
    }
}
