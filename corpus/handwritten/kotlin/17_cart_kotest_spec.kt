package shop.cart

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.BehaviorSpec
import io.kotest.core.spec.style.FunSpec
import io.kotest.data.forAll
import io.kotest.data.row
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

class CartBehaviour : BehaviorSpec({
    given("an empty cart") {
        val cart = Cart()

        `when`("nothing is added") {
            then("the total is zero") {
                cart.total() shouldBe Money.cents(0)
                cart.lines.shouldBeEmpty()
            }
        }

        `when`("two mugs are added") {
            cart.add(Sku("MUG-01"), qty = 2, unit = Money.cents(899))
            then("there is one line") {
                cart.lines shouldHaveSize 1
            }
            then("the total is 17.98") {
                cart.total() shouldBe Money.cents(1798)
            }
        }
    }

    given("a cart with a coupon") {
        val cart = Cart().apply {
            add(Sku("TEE-M"), 1, Money.cents(2000))
            applyCoupon(Coupon.percent("SPRING10", 10))
        }
        then("the discount is applied to the total") {
            cart.total() shouldBe Money.cents(1800)
        }
        then("a second coupon is rejected") {
            val ex = shouldThrow<IllegalStateException> {
                cart.applyCoupon(Coupon.percent("MORE", 5))
            }
            ex.message shouldContain "already"
        }
    }
})

class MoneyTest : FunSpec({
    test("formats with two decimals") {
        Money.cents(5).toString() shouldBe "0.05"
        Money.cents(123456).toString() shouldBe "1234.56"
    }

    test("rounding of percentages") {
        forAll(
            row(1000, 10, 900),
            row(999, 10, 899),
            row(1, 50, 1),
            row(0, 25, 0),
        ) { cents, pct, expected ->
            Money.cents(cents).minusPercent(pct) shouldBe Money.cents(expected)
        }
    }

    test("negative amounts are not allowed") {
        shouldThrow<IllegalArgumentException> { Money.cents(-1) }
    }
})
