// Fixed-size event log for firmware: no heap, no exceptions, overwrite-oldest.
// Entries are packed so a snapshot can be dumped over a serial line as-is.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <span>

namespace fw {

enum class Severity : std::uint8_t { Debug, Info, Warn, Error };

#pragma pack(push, 1)
struct LogEntry {
    std::uint32_t timestamp_ms;
    Severity severity;
    std::uint8_t module;
    std::uint16_t code;
    char text[24];
};
#pragma pack(pop)
static_assert(sizeof(LogEntry) == 32, "keep entries flash-page friendly");

template <std::size_t N>
class EventLog {
public:
    void push(std::uint32_t now, Severity s, std::uint8_t module, std::uint16_t code, const char* msg) noexcept {
        LogEntry& e = buf_[head_];
        e.timestamp_ms = now;
        e.severity = s;
        e.module = module;
        e.code = code;
        std::strncpy(e.text, msg, sizeof e.text - 1);
        e.text[sizeof e.text - 1] = '\0';

        head_ = (head_ + 1) % N;
        if (count_ < N) ++count_;
        else ++dropped_;
        if (s >= Severity::Error) ++errors_;
    }

    // Visit oldest -> newest without copying.
    template <typename Fn>
    void for_each(Fn&& fn) const noexcept {
        const std::size_t start = (head_ + N - count_) % N;
        for (std::size_t i = 0; i < count_; ++i) fn(buf_[(start + i) % N]);
    }

    [[nodiscard]] std::span<const std::byte> raw() const noexcept { return std::as_bytes(std::span{buf_}); }
    [[nodiscard]] std::size_t size() const noexcept { return count_; }
    [[nodiscard]] std::uint32_t dropped() const noexcept { return dropped_; }
    [[nodiscard]] std::uint32_t errors() const noexcept { return errors_; }

private:
    std::array<LogEntry, N> buf_{};
    std::size_t head_ = 0, count_ = 0;
    std::uint32_t dropped_ = 0, errors_ = 0;
};

constexpr const char* to_string(Severity s) noexcept {
    switch (s) {
        case Severity::Debug: return "DBG";
        case Severity::Info:  return "INF";
        case Severity::Warn:  return "WRN";
        case Severity::Error: return "ERR";
    }
    return "???";
}

}  // namespace fw

int main() {
    static fw::EventLog<8> log;   // static: lives in .bss, not on the stack

    std::uint32_t clock = 1000;
    const char* boot[] = {"boot", "clock 72MHz", "i2c up", "imu ok", "gps searching"};
    for (const char* msg : boot) log.push(clock += 12, fw::Severity::Info, 1, 0, msg);
    log.push(clock += 300, fw::Severity::Warn, 3, 0x21, "battery low: 3.41V");
    for (int i = 0; i < 4; ++i) log.push(clock += 1000, fw::Severity::Debug, 2, 0, "gps fix pending");
    log.push(clock += 5, fw::Severity::Error, 4, 0x80, "sd card write failed");

    log.for_each([](const fw::LogEntry& e) {
        std::printf("[%8u] %s m%u c%04x %s\n", static_cast<unsigned>(e.timestamp_ms), fw::to_string(e.severity),
                    static_cast<unsigned>(e.module), static_cast<unsigned>(e.code), e.text);
    });
    std::printf("entries=%zu dropped=%u errors=%u raw=%zu bytes\n", log.size(),
                static_cast<unsigned>(log.dropped()), static_cast<unsigned>(log.errors()), log.raw().size());
}
