package com.acme.bank

import spock.lang.Specification
import spock.lang.Subject
import spock.lang.Unroll

class AccountSpec extends Specification {

    AuditLog audit = Mock()

    @Subject
    Account account = new Account('DE89 3704 0044 0532 0130 00', audit)

    def "new account starts empty"() {
        expect:
        account.balance == 0
        account.history.isEmpty()
    }

    def "depositing increases the balance and writes an audit line"() {
        when:
        account.deposit(150)

        then:
        account.balance == 150
        1 * audit.record({ it.type == 'DEPOSIT' && it.amount == 150 })
        0 * _
    }

    def "cannot withdraw more than the balance"() {
        given:
        account.deposit(50)

        when:
        account.withdraw(80)

        then:
        def e = thrown(InsufficientFundsException)
        e.message.contains('80')
        account.balance == 50
    }

    @Unroll
    def "rejects non-positive amount #amount"() {
        when:
        account.deposit(amount)

        then:
        thrown(IllegalArgumentException)

        where:
        amount << [0, -1, -1000]
    }

    def "transfer moves money between accounts"() {
        given:
        def other = new Account('GB29 NWBK 6016 1331 9268 19', audit)
        account.deposit(500)

        when:
        account.transferTo(other, 120)

        then:
        account.balance == 380
        other.balance == 120
        2 * audit.record(_)
    }

    def "transfer to the same account is rejected"() {
        given:
        account.deposit(100)

        when:
        account.transferTo(account, 10)

        then:
        thrown(IllegalArgumentException)
        account.balance == 100
        0 * audit.record({ it.type == 'TRANSFER' })
    }

    def "history keeps entries in order"() {
        when:
        account.deposit(10)
        account.deposit(20)
        account.withdraw(5)

        then:
        account.history*.type == ['DEPOSIT', 'DEPOSIT', 'WITHDRAWAL']
        account.history*.amount == [10, 20, 5]
    }

    def "audit failures do not roll back the deposit"() {
        given:
        audit.record(_) >> { throw new IOException('disk full') }

        when:
        account.deposit(40)

        then:
        noExceptionThrown()
        account.balance == 40
    }

    def "interest is applied monthly"() {
        given:
        def savings = new SavingsAccount('NL91 ABNA 0417 1643 00', audit, rate)
        savings.deposit(1000)

        when:
        months.times { savings.applyMonthlyInterest() }

        then:
        savings.balance == expected

        where:
        rate  | months || expected
        0.0   | 12     || 1000
        0.012 | 1      || 1001
        0.012 | 12     || 1012
    }
}
