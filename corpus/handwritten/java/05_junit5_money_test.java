package org.ledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void addsAmountsInSameCurrency() {
        Money a = Money.of("10.50", EUR);
        Money b = Money.of("0.75", EUR);
        assertEquals(Money.of("11.25", EUR), a.plus(b));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", EUR).plus(Money.of("1", USD)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
    }

    @Nested
    @DisplayName("allocation")
    class Allocate {

        @Test
        void splitsEvenly() {
            List<Money> parts = Money.of("9.00", EUR).allocate(3);
            assertThat(parts).containsOnly(Money.of("3.00", EUR));
        }

        @Test
        void distributesRemainderCentsToFirstParts() {
            List<Money> parts = Money.of("10.00", EUR).allocate(3);
            assertAll(
                    () -> assertEquals(Money.of("3.34", EUR), parts.get(0)),
                    () -> assertEquals(Money.of("3.33", EUR), parts.get(1)),
                    () -> assertEquals(Money.of("3.33", EUR), parts.get(2)));
        }

        @Test
        void partsAlwaysSumToOriginal() {
            Money total = Money.of("100.01", EUR);
            Money sum = total.allocate(7).stream().reduce(Money.zero(EUR), Money::plus);
            assertEquals(total, sum);
        }
    }

    static Stream<Arguments> roundingCases() {
        return Stream.of(
                Arguments.of("1.005", "1.01"),
                Arguments.of("1.004", "1.00"),
                Arguments.of("-1.005", "-1.01"),
                Arguments.of("0", "0.00"));
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @MethodSource("roundingCases")
    void roundsHalfUp(String input, String expected) {
        assertEquals(new BigDecimal(expected), Money.of(input, EUR).amount());
    }
}
