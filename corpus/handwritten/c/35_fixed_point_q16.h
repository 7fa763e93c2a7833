#ifndef FIXED_Q16_H
#define FIXED_Q16_H

/* Q16.16 signed fixed point for MCUs without an FPU. */

#include <stdint.h>

typedef int32_t q16_t;

#define Q16_ONE        ((q16_t)0x00010000)
#define Q16_HALF       ((q16_t)0x00008000)
#define Q16_MAX        ((q16_t)0x7FFFFFFF)
#define Q16_MIN        ((q16_t)0x80000000)
#define Q16_PI         ((q16_t)205887)          /* 3.14159 * 65536 */

#define Q16_FROM_INT(i)    ((q16_t)((int32_t)(i) << 16))
#define Q16_TO_INT(q)      ((int32_t)((q) >> 16))
#define Q16_FROM_FLOAT(f)  ((q16_t)((f) * 65536.0f + ((f) >= 0 ? 0.5f : -0.5f)))
#define Q16_TO_FLOAT(q)    ((float)(q) / 65536.0f)

static inline q16_t q16_add_sat(q16_t a, q16_t b)
{
    int64_t r = (int64_t)a + b;
    if (r > Q16_MAX) return Q16_MAX;
    if (r < Q16_MIN) return Q16_MIN;
    return (q16_t)r;
}

static inline q16_t q16_mul(q16_t a, q16_t b)
{
    int64_t r = (int64_t)a * b;
    r += (r >= 0) ? Q16_HALF : -Q16_HALF;    /* round to nearest */
    return (q16_t)(r >> 16);
}

static inline q16_t q16_div(q16_t a, q16_t b)
{
    if (b == 0)
        return a >= 0 ? Q16_MAX : Q16_MIN;
    return (q16_t)(((int64_t)a << 16) / b);
}

static inline q16_t q16_abs(q16_t a)
{
    return a < 0 ? -a : a;
}

/* Integer square root via Newton iteration on the 32.32 value. */
static inline q16_t q16_sqrt(q16_t a)
{
    uint64_t x, v;
    if (a <= 0)
        return 0;
    v = (uint64_t)a << 16;
    x = v;
    for (int i = 0; i < 24; i++) {
        uint64_t nx = (x + v / x) >> 1;
        if (nx >= x)
            break;
        x = nx;
    }
    return (q16_t)x;
}

/* Linear interpolation: a + (b - a) * t, t in [0, 1] */
static inline q16_t q16_lerp(q16_t a, q16_t b, q16_t t)
{
    return a + q16_mul(b - a, t);
}

#endif /* FIXED_Q16_H */
