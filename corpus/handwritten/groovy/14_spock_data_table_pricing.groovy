package pricing

import spock.lang.Specification
import spock.lang.Unroll

class ShippingCalculatorSpec extends Specification {

    def calculator = new ShippingCalculator(freeAbove: 50.0)

    @Unroll
    def "shipping to #country for #weightKg kg and basket #basket costs #expected"() {
        expect:
        calculator.cost(country, weightKg, basket) == expected

        where:
        country | weightKg | basket || expected
        'DE'    | 0.5      | 10.0   || 4.90
        'DE'    | 2.0      | 10.0   || 6.90
        'DE'    | 2.0      | 60.0   || 0.00
        'FR'    | 0.5      | 10.0   || 9.50
        'FR'    | 5.0      | 80.0   || 0.00
        'US'    | 1.0      | 80.0   || 24.00
        'US'    | 10.0     | 200.0  || 24.00
    }

    def "unknown country is rejected"() {
        when:
        calculator.cost('XX', 1.0, 10.0)

        then:
        UnsupportedCountryException e = thrown()
        e.country == 'XX'
    }

    def "weights are rounded up to the next half kilo"() {
        expect:
        calculator.billableWeight(w) == billed

        where:
        w    || billed
        0.1  || 0.5
        0.5  || 0.5
        0.51 || 1.0
        2.2  || 2.5
    }
}
