#include <stdint.h>

static inline int is_pow2(uint32_t x)      { return x && !(x & (x - 1)); }
static inline uint32_t lowest_bit(uint32_t x) { return x & -x; }

static inline uint32_t next_pow2(uint32_t v)
{
    v--;
    v |= v >> 1; v |= v >> 2; v |= v >> 4;
    v |= v >> 8; v |= v >> 16;
    return v + 1;
}

#define SET_BIT(reg, n)    ((reg) |=  (1u << (n)))
#define CLEAR_BIT(reg, n)  ((reg) &= ~(1u << (n)))
#define TOGGLE_BIT(reg, n) ((reg) ^=  (1u << (n)))
