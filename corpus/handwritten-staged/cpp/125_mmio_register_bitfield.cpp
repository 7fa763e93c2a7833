// Type-safe memory-mapped register access for a Cortex-M style UART.
// On the target the base address is a hardware address; on the host the
// peripheral is backed by a plain struct so the driver can be unit-tested.

#include <cstdint>
#include <cstdio>
#include <type_traits>

namespace hal {

template <typename Reg, unsigned Offset, unsigned Width>
struct Field {
    static_assert(Offset + Width <= 32, "field exceeds register");
    static constexpr std::uint32_t mask = ((Width == 32) ? ~0u : ((1u << Width) - 1u)) << Offset;

    static constexpr std::uint32_t encode(std::uint32_t v) { return (v << Offset) & mask; }
    static constexpr std::uint32_t decode(std::uint32_t raw) { return (raw & mask) >> Offset; }
};

class Register {
public:
    explicit Register(volatile std::uint32_t* addr) noexcept : addr_(addr) {}

    [[nodiscard]] std::uint32_t read() const noexcept { return *addr_; }
    void write(std::uint32_t v) noexcept { *addr_ = v; }

    template <typename F>
    [[nodiscard]] std::uint32_t get() const noexcept { return F::decode(read()); }

    // read-modify-write of one field
    template <typename F>
    void set(std::uint32_t v) noexcept { write((read() & ~F::mask) | F::encode(v)); }

    template <typename... Fs>
    void set_bits() noexcept { write(read() | (Fs::mask | ...)); }

    template <typename... Fs>
    void clear_bits() noexcept { write(read() & ~(Fs::mask | ...)); }

private:
    volatile std::uint32_t* addr_;
};

struct UartRegs {
    std::uint32_t SR;    // 0x00 status
    std::uint32_t DR;    // 0x04 data
    std::uint32_t BRR;   // 0x08 baud rate
    std::uint32_t CR1;   // 0x0C control 1
};
static_assert(std::is_standard_layout_v<UartRegs> && sizeof(UartRegs) == 16);

namespace sr {
struct TXE  : Field<struct SRTag, 7, 1> {};
struct RXNE : Field<struct SRTag, 5, 1> {};
}
namespace cr1 {
struct UE : Field<struct CR1Tag, 13, 1> {};
struct M  : Field<struct CR1Tag, 12, 1> {};
struct TE : Field<struct CR1Tag, 3, 1> {};
struct RE : Field<struct CR1Tag, 2, 1> {};
}
namespace brr {
struct Mantissa : Field<struct BRRTag, 4, 12> {};
struct Fraction : Field<struct BRRTag, 0, 4> {};
}

class Uart {
public:
    explicit Uart(UartRegs* regs) noexcept
        : sr_(&regs->SR), dr_(&regs->DR), brr_(&regs->BRR), cr1_(&regs->CR1) {}

    void init(std::uint32_t pclk_hz, std::uint32_t baud) noexcept {
        // USARTDIV = pclk / (16 * baud), in 12.4 fixed point
        const std::uint32_t div16 = (pclk_hz + baud / 2) / baud;
        brr_.set<brr::Mantissa>(div16 >> 4);
        brr_.set<brr::Fraction>(div16 & 0xF);
        cr1_.clear_bits<cr1::M>();
        cr1_.set_bits<cr1::UE, cr1::TE, cr1::RE>();
    }

    bool try_put(char c) noexcept {
        if (!sr_.get<sr::TXE>()) return false;
        dr_.write(static_cast<std::uint8_t>(c));
        return true;
    }

    [[nodiscard]] std::uint32_t brr_raw() const noexcept { return brr_.read(); }
    [[nodiscard]] std::uint32_t cr1_raw() const noexcept { return cr1_.read(); }

private:
    Register sr_, dr_, brr_, cr1_;
};

}  // namespace hal

#ifdef TARGET_STM32
static auto* const kUsart2 = reinterpret_cast<hal::UartRegs*>(0x40004400u);
#endif

int main() {
    hal::UartRegs fake{};              // host-side stand-in for the peripheral
    fake.SR = hal::sr::TXE::mask;      // transmitter always empty

    hal::Uart uart(&fake);
    uart.init(16'000'000, 115'200);

    for (char c : "ok") if (c) uart.try_put(c);

    std::printf("BRR=0x%04x CR1=0x%04x DR=0x%02x\n",
                static_cast<unsigned>(uart.brr_raw()), static_cast<unsigned>(uart.cr1_raw()),
                static_cast<unsigned>(fake.DR));
}
