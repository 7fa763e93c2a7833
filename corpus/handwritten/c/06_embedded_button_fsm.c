#include <stdint.h>
#include "board.h"

#define DEBOUNCE_MS     20u
#define LONG_PRESS_MS   800u

typedef enum {
    BTN_IDLE,
    BTN_DEBOUNCE,
    BTN_PRESSED,
    BTN_LONG,
    BTN_RELEASE_WAIT
} btn_state_t;

typedef enum {
    EV_NONE = 0,
    EV_SHORT,
    EV_LONG
} btn_event_t;

static btn_state_t state = BTN_IDLE;
static uint32_t t_enter;

static btn_event_t button_poll(uint32_t now)
{
    uint8_t down = (GPIOA->IDR & (1u << 0)) == 0u;   /* active low */
    btn_event_t ev = EV_NONE;

    switch (state) {
    case BTN_IDLE:
        if (down) { state = BTN_DEBOUNCE; t_enter = now; }
        break;
    case BTN_DEBOUNCE:
        if (!down) state = BTN_IDLE;
        else if (now - t_enter >= DEBOUNCE_MS) state = BTN_PRESSED;
        break;
    case BTN_PRESSED:
        if (!down) { ev = EV_SHORT; state = BTN_IDLE; }
        else if (now - t_enter >= LONG_PRESS_MS) { ev = EV_LONG; state = BTN_LONG; }
        break;
    case BTN_LONG:
        if (!down) { state = BTN_RELEASE_WAIT; t_enter = now; }
        break;
    case BTN_RELEASE_WAIT:
        if (now - t_enter >= DEBOUNCE_MS) state = BTN_IDLE;
        break;
    }
    return ev;
}

void app_loop(void)
{
    uint8_t mode = 0;
    for (;;) {
        switch (button_poll(millis())) {
        case EV_SHORT: mode = (uint8_t)((mode + 1u) % 4u); led_set_pattern(mode); break;
        case EV_LONG:  enter_standby(); break;
        default: break;
        }
        __WFI();
    }
}
