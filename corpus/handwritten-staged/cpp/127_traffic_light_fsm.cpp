#include <cstdint>
#include <cstdio>

enum class Light : std::uint8_t { Red, RedAmber, Green, Amber };

struct Phase { Light light; std::uint16_t ms; Light next; };

constexpr Phase kPhases[] = {
    {Light::Red, 5000, Light::RedAmber},
    {Light::RedAmber, 1500, Light::Green},
    {Light::Green, 4000, Light::Amber},
    {Light::Amber, 2000, Light::Red},
};

constexpr const char* kNames[] = {"red", "red+amber", "green", "amber"};

constexpr const Phase& phase_of(Light l) { return kPhases[static_cast<std::uint8_t>(l)]; }

int main() {
    Light state = Light::Red;
    std::uint32_t elapsed = 0;
    for (std::uint32_t t = 0; t < 20000; t += 500) {        // 500 ms tick
        if ((elapsed += 500) >= phase_of(state).ms) { state = phase_of(state).next; elapsed = 0; }
        std::printf("%5u ms: %s\n", static_cast<unsigned>(t), kNames[static_cast<int>(state)]);
    }
}
