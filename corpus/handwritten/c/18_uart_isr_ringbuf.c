#include <stdint.h>
#include <stdbool.h>
#include "uart_regs.h"
#include "nvic.h"

#define RX_BUF_SIZE 128u   /* must be a power of two */

static volatile uint8_t  rx_buf[RX_BUF_SIZE];
static volatile uint16_t rx_head;
static volatile uint16_t rx_tail;
static volatile uint32_t rx_overruns;

void uart1_init(uint32_t pclk, uint32_t baud)
{
    RCC->APB2ENR |= RCC_APB2ENR_USART1EN;
    USART1->BRR = (pclk + baud / 2u) / baud;
    USART1->CR1 = USART_CR1_TE | USART_CR1_RE | USART_CR1_RXNEIE;
    USART1->CR1 |= USART_CR1_UE;
    NVIC_SetPriority(USART1_IRQn, 5);
    NVIC_EnableIRQ(USART1_IRQn);
}

void USART1_IRQHandler(void)
{
    uint32_t sr = USART1->SR;

    if (sr & USART_SR_ORE) {
        (void)USART1->DR;          /* reading DR clears ORE */
        rx_overruns++;
        return;
    }

    if (sr & USART_SR_RXNE) {
        uint8_t c = (uint8_t)USART1->DR;
        uint16_t next = (rx_head + 1u) & (RX_BUF_SIZE - 1u);
        if (next != rx_tail) {
            rx_buf[rx_head] = c;
            rx_head = next;
        } else {
            rx_overruns++;
        }
    }
}

bool uart1_getc(uint8_t *out)
{
    if (rx_tail == rx_head)
        return false;
    *out = rx_buf[rx_tail];
    rx_tail = (rx_tail + 1u) & (RX_BUF_SIZE - 1u);
    return true;
}

void uart1_putc(uint8_t c)
{
    while (!(USART1->SR & USART_SR_TXE))
        ;
    USART1->DR = c;
}

void uart1_puts(const char *s)
{
    while (*s) {
        if (*s == '\n')
            uart1_putc('\r');
        uart1_putc((uint8_t)*s++);
    }
}
