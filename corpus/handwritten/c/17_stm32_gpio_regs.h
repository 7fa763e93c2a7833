/**
 * @file    gpio_regs.h
 * @brief   Register map for the GPIO and RCC blocks of a Cortex-M4 MCU.
 */
#ifndef GPIO_REGS_H_
#define GPIO_REGS_H_

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __IO    volatile
#define __I     volatile const

typedef struct
{
    __IO uint32_t MODER;    /*!< 0x00 mode register            */
    __IO uint32_t OTYPER;   /*!< 0x04 output type              */
    __IO uint32_t OSPEEDR;  /*!< 0x08 output speed             */
    __IO uint32_t PUPDR;    /*!< 0x0C pull-up / pull-down      */
    __I  uint32_t IDR;      /*!< 0x10 input data               */
    __IO uint32_t ODR;      /*!< 0x14 output data              */
    __IO uint32_t BSRR;     /*!< 0x18 bit set / reset          */
    __IO uint32_t LCKR;     /*!< 0x1C configuration lock       */
    __IO uint32_t AFR[2];   /*!< 0x20 alternate function low/high */
} GPIO_TypeDef;

typedef struct
{
    __IO uint32_t CR;
    __IO uint32_t PLLCFGR;
    __IO uint32_t CFGR;
    __IO uint32_t CIR;
    __IO uint32_t AHB1RSTR;
    __IO uint32_t AHB2RSTR;
    uint32_t      RESERVED0[2];
    __IO uint32_t APB1RSTR;
    __IO uint32_t APB2RSTR;
    uint32_t      RESERVED1[2];
    __IO uint32_t AHB1ENR;
    __IO uint32_t AHB2ENR;
    uint32_t      RESERVED2[2];
    __IO uint32_t APB1ENR;
    __IO uint32_t APB2ENR;
} RCC_TypeDef;

#define PERIPH_BASE       0x40000000UL
#define AHB1PERIPH_BASE   (PERIPH_BASE + 0x00020000UL)

#define GPIOA_BASE        (AHB1PERIPH_BASE + 0x0000UL)
#define GPIOB_BASE        (AHB1PERIPH_BASE + 0x0400UL)
#define GPIOC_BASE        (AHB1PERIPH_BASE + 0x0800UL)
#define RCC_BASE          (AHB1PERIPH_BASE + 0x3800UL)

#define GPIOA             ((GPIO_TypeDef *) GPIOA_BASE)
#define GPIOB             ((GPIO_TypeDef *) GPIOB_BASE)
#define GPIOC             ((GPIO_TypeDef *) GPIOC_BASE)
#define RCC               ((RCC_TypeDef *) RCC_BASE)

#define RCC_AHB1ENR_GPIOAEN   (1UL << 0)
#define RCC_AHB1ENR_GPIOBEN   (1UL << 1)
#define RCC_AHB1ENR_GPIOCEN   (1UL << 2)

#define GPIO_MODE_INPUT   0x0U
#define GPIO_MODE_OUTPUT  0x1U
#define GPIO_MODE_AF      0x2U
#define GPIO_MODE_ANALOG  0x3U

static inline void gpio_set_mode(GPIO_TypeDef *port, unsigned pin, uint32_t mode)
{
    port->MODER = (port->MODER & ~(0x3UL << (pin * 2U))) | (mode << (pin * 2U));
}

static inline void gpio_write(GPIO_TypeDef *port, unsigned pin, int level)
{
    port->BSRR = level ? (1UL << pin) : (1UL << (pin + 16U));
}

static inline int gpio_read(const GPIO_TypeDef *port, unsigned pin)
{
    return (int)((port->IDR >> pin) & 1UL);
}

#ifdef __cplusplus
}
#endif

#endif /* GPIO_REGS_H_ */
