/*
 * modbus_slave.c
 *
 * Minimal Modbus RTU slave for an 8-bit MCU. Supports function codes
 * 0x03 (read holding registers), 0x06 (write single register) and
 * 0x10 (write multiple registers). Frames are assembled by the UART
 * RX interrupt; the 3.5-character silent interval is detected with a
 * hardware timer.
 */

#include <stdint.h>
#include <string.h>
#include "hal_uart.h"
#include "hal_timer.h"

#define MB_SLAVE_ADDR        0x11
#define MB_NUM_REGS          32
#define MB_FRAME_MAX         256

#define MB_FC_READ_HOLDING   0x03
#define MB_FC_WRITE_SINGLE   0x06
#define MB_FC_WRITE_MULTIPLE 0x10

#define MB_EX_ILLEGAL_FUNCTION 0x01
#define MB_EX_ILLEGAL_ADDRESS  0x02
#define MB_EX_ILLEGAL_VALUE    0x03

uint16_t mb_regs[MB_NUM_REGS];

static volatile uint8_t  rx_frame[MB_FRAME_MAX];
static volatile uint16_t rx_len;
static volatile uint8_t  frame_ready;
static uint8_t tx_frame[MB_FRAME_MAX];

/* ---- CRC-16/MODBUS --------------------------------------------------- */

static uint16_t mb_crc16(const uint8_t *buf, uint16_t len)
{
    uint16_t crc = 0xFFFF;
    uint8_t i;

    while (len--) {
        crc ^= *buf++;
        for (i = 0; i < 8; i++) {
            if (crc & 0x0001)
                crc = (crc >> 1) ^ 0xA001;
            else
                crc >>= 1;
        }
    }
    return crc;
}

/* ---- interrupt handlers ------------------------------------------------ */

void UART0_RX_IRQHandler(void)
{
    uint8_t b = UART0_DATA;

    if (frame_ready)
        return;                 /* main loop hasn't consumed last frame */
    if (rx_len < MB_FRAME_MAX)
        rx_frame[rx_len++] = b;
    TIMER1_COUNT = 0;           /* restart the t3.5 timeout */
    TIMER1_CTRL |= TIMER_ENABLE;
}

void TIMER1_IRQHandler(void)
{
    TIMER1_CTRL &= ~TIMER_ENABLE;
    TIMER1_FLAGS = TIMER_FLAG_MATCH;    /* write-1-to-clear */
    if (rx_len > 0)
        frame_ready = 1;
}

/* ---- response helpers -------------------------------------------------- */

static void send_frame(uint8_t *buf, uint16_t len)
{
    uint16_t crc = mb_crc16(buf, len);
    buf[len++] = (uint8_t)(crc & 0xFF);
    buf[len++] = (uint8_t)(crc >> 8);

    RS485_DE_PORT |= RS485_DE_PIN;      /* driver enable */
    hal_uart_write(buf, len);
    hal_uart_flush();
    RS485_DE_PORT &= ~RS485_DE_PIN;
}

static void send_exception(uint8_t fc, uint8_t code)
{
    tx_frame[0] = MB_SLAVE_ADDR;
    tx_frame[1] = fc | 0x80;
    tx_frame[2] = code;
    send_frame(tx_frame, 3);
}

#define U16_AT(p) ((uint16_t)(((uint16_t)(p)[0] << 8) | (p)[1]))

/* ---- request handling -------------------------------------------------- */

static void handle_read_holding(const uint8_t *req)
{
    uint16_t start = U16_AT(req + 2);
    uint16_t count = U16_AT(req + 4);
    uint16_t i;

    if (count == 0 || count > 125) {
        send_exception(MB_FC_READ_HOLDING, MB_EX_ILLEGAL_VALUE);
        return;
    }
    if ((uint32_t)start + count > MB_NUM_REGS) {
        send_exception(MB_FC_READ_HOLDING, MB_EX_ILLEGAL_ADDRESS);
        return;
    }

    tx_frame[0] = MB_SLAVE_ADDR;
    tx_frame[1] = MB_FC_READ_HOLDING;
    tx_frame[2] = (uint8_t)(count * 2);
    for (i = 0; i < count; i++) {
        tx_frame[3 + i * 2] = (uint8_t)(mb_regs[start + i] >> 8);
        tx_frame[4 + i * 2] = (uint8_t)(mb_regs[start + i] & 0xFF);
    }
    send_frame(tx_frame, (uint16_t)(3 + count * 2));
}

static void handle_write_single(const uint8_t *req)
{
    uint16_t addr = U16_AT(req + 2);

    if (addr >= MB_NUM_REGS) {
        send_exception(MB_FC_WRITE_SINGLE, MB_EX_ILLEGAL_ADDRESS);
        return;
    }
    mb_regs[addr] = U16_AT(req + 4);
    memcpy(tx_frame, req, 6);           /* echo request */
    send_frame(tx_frame, 6);
}

static void handle_write_multiple(const uint8_t *req, uint16_t len)
{
    uint16_t start = U16_AT(req + 2);
    uint16_t count = U16_AT(req + 4);
    uint8_t bytes = req[6];
    uint16_t i;

    if (count == 0 || count > 123 || bytes != count * 2 || len < 7u + bytes) {
        send_exception(MB_FC_WRITE_MULTIPLE, MB_EX_ILLEGAL_VALUE);
        return;
    }
    if ((uint32_t)start + count > MB_NUM_REGS) {
        send_exception(MB_FC_WRITE_MULTIPLE, MB_EX_ILLEGAL_ADDRESS);
        return;
    }
    for (i = 0; i < count; i++)
        mb_regs[start + i] = U16_AT(req + 7 + i * 2);

    memcpy(tx_frame, req, 6);
    send_frame(tx_frame, 6);
}

void modbus_poll(void)
{
    uint8_t frame[MB_FRAME_MAX];
    uint16_t len, crc;

    if (!frame_ready)
        return;

    __disable_irq();
    len = rx_len;
    memcpy(frame, (const void *)rx_frame, len);
    rx_len = 0;
    frame_ready = 0;
    __enable_irq();

    if (len < 4)
        return;
    crc = (uint16_t)(frame[len - 2] | (frame[len - 1] << 8));
    if (crc != mb_crc16(frame, len - 2))
        return;                         /* silently drop, per spec */
    if (frame[0] != MB_SLAVE_ADDR)
        return;

    switch (frame[1]) {
    case MB_FC_READ_HOLDING:
        handle_read_holding(frame);
        break;
    case MB_FC_WRITE_SINGLE:
        handle_write_single(frame);
        break;
    case MB_FC_WRITE_MULTIPLE:
        handle_write_multiple(frame, len - 2);
        break;
    default:
        send_exception(frame[1], MB_EX_ILLEGAL_FUNCTION);
        break;
    }
}
