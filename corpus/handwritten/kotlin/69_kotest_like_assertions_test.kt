package com.example.pricing

import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue

class DiscountCalculatorTest {

    private val calc = DiscountCalculator(
        rules = listOf(
            DiscountRule.PercentOff(code = "SPRING10", percent = 10),
            DiscountRule.FixedOff(code = "FIVER", cents = 500, minimumCents = 2_000),
            DiscountRule.BuyXGetY(sku = "SOCK", buy = 2, free = 1),
        ),
    )

    private fun cart(vararg lines: Pair<String, Int>) =
        Cart(lines.map { (sku, qty) -> CartLine(sku, qty, unitCents = if (sku == "SOCK") 300 else 1_000) })

    @Test
    fun `percent code takes ten percent off the subtotal`() {
        val total = calc.total(cart("MUG" to 3), codes = setOf("SPRING10"))
        assertEquals(2_700, total)
    }

    @Test
    fun `fixed discount needs the minimum spend`() {
        assertEquals(1_000, calc.total(cart("MUG" to 1), codes = setOf("FIVER")))
        assertEquals(1_500, calc.total(cart("MUG" to 2), codes = setOf("FIVER")))
    }

    @Test
    fun `every third sock is free`() {
        assertEquals(1_200, calc.total(cart("SOCK" to 5), codes = emptySet()))
        assertEquals(1_200, calc.total(cart("SOCK" to 6), codes = emptySet()))
    }

    @Test
    fun `unknown codes are rejected`() {
        val e = assertFailsWith<UnknownCodeException> {
            calc.total(cart("MUG" to 1), codes = setOf("NOPE"))
        }
        assertTrue("NOPE" in e.message.orEmpty())
    }

    @Test
    fun `total never goes below zero`() {
        val generous = DiscountCalculator(listOf(DiscountRule.FixedOff("BIG", 99_999, 0)))
        assertEquals(0, generous.total(cart("MUG" to 1), setOf("BIG")))
    }
}
