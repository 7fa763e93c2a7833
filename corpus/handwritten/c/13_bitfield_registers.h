#ifndef UART_REGS_H
#define UART_REGS_H

#include <stdint.h>

#define UART0_BASE      0x40004000UL

typedef struct {
    volatile uint32_t DATA;
    volatile uint32_t STATUS;
    volatile uint32_t CTRL;
    volatile uint32_t BAUDDIV;
    volatile uint32_t INTSTATUS;
} uart_regs_t;

#define UART0           ((uart_regs_t *)UART0_BASE)

#define UART_STATUS_TXFULL   (1u << 0)
#define UART_STATUS_RXFULL   (1u << 1)
#define UART_CTRL_TXEN       (1u << 0)
#define UART_CTRL_RXEN       (1u << 1)
#define UART_CTRL_TXIRQ      (1u << 2)
#define UART_CTRL_RXIRQ      (1u << 3)

static inline void uart_putc(char c)
{
    while (UART0->STATUS & UART_STATUS_TXFULL)
        ;
    UART0->DATA = (uint32_t)c;
}

#endif
