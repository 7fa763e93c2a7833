package org.lendwise.library

import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.EnumType
import jakarta.persistence.Enumerated
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import jakarta.persistence.ManyToOne
import jakarta.persistence.Table
import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication
import org.springframework.data.jpa.repository.JpaRepository
import org.springframework.data.jpa.repository.Query
import org.springframework.http.HttpStatus
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional
import org.springframework.web.bind.annotation.ExceptionHandler
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.ResponseStatus
import org.springframework.web.bind.annotation.RestController
import org.springframework.web.bind.annotation.RestControllerAdvice
import java.time.Clock
import java.time.LocalDate

@SpringBootApplication
class LibraryApplication

fun main(args: Array<String>) {
    runApplication<LibraryApplication>(*args)
}

enum class CopyStatus { AVAILABLE, ON_LOAN, LOST }

@Entity
@Table(name = "book_copy")
class BookCopy(
    @Id @GeneratedValue var id: Long? = null,
    @Column(nullable = false) var isbn: String,
    @Column(nullable = false) var title: String,
    @Enumerated(EnumType.STRING) var status: CopyStatus = CopyStatus.AVAILABLE,
)

@Entity
class Loan(
    @Id @GeneratedValue var id: Long? = null,
    @ManyToOne(optional = false) var copy: BookCopy,
    var memberId: String,
    var dueDate: LocalDate,
    var returnedOn: LocalDate? = null,
)

interface BookCopyRepository : JpaRepository<BookCopy, Long> {
    fun findFirstByIsbnAndStatus(isbn: String, status: CopyStatus): BookCopy?
}

interface LoanRepository : JpaRepository<Loan, Long> {
    @Query("select l from Loan l where l.returnedOn is null and l.dueDate < :today")
    fun findOverdue(today: LocalDate): List<Loan>

    fun countByMemberIdAndReturnedOnIsNull(memberId: String): Long
}

class NoCopyAvailable(isbn: String) : RuntimeException("No copy of $isbn is available")
class LoanLimitReached(memberId: String) : RuntimeException("Member $memberId has too many books")

@Service
class LendingService(
    private val copies: BookCopyRepository,
    private val loans: LoanRepository,
    private val clock: Clock,
) {
    private val maxLoans = 5
    private val loanDays = 21L

    @Transactional
    fun lend(isbn: String, memberId: String): Loan {
        if (loans.countByMemberIdAndReturnedOnIsNull(memberId) >= maxLoans) {
            throw LoanLimitReached(memberId)
        }
        val copy = copies.findFirstByIsbnAndStatus(isbn, CopyStatus.AVAILABLE)
            ?: throw NoCopyAvailable(isbn)
        copy.status = CopyStatus.ON_LOAN
        return loans.save(Loan(copy = copy, memberId = memberId, dueDate = today().plusDays(loanDays)))
    }

    @Transactional
    fun giveBack(loanId: Long): Long {
        val loan = loans.findById(loanId).orElseThrow { NoSuchElementException("loan $loanId") }
        check(loan.returnedOn == null) { "loan $loanId already closed" }
        loan.returnedOn = today()
        loan.copy.status = CopyStatus.AVAILABLE
        return lateFeeCents(loan)
    }

    fun overdue(): List<Loan> = loans.findOverdue(today())

    private fun lateFeeCents(loan: Loan): Long {
        val daysLate = loan.returnedOn!!.toEpochDay() - loan.dueDate.toEpochDay()
        return if (daysLate <= 0) 0 else minOf(daysLate * 25, 1_000)
    }

    private fun today(): LocalDate = LocalDate.now(clock)
}

data class LoanView(val id: Long, val title: String, val due: LocalDate)

@RestController
@RequestMapping("/loans")
class LoanController(private val lending: LendingService) {

    @PostMapping("/{isbn}/to/{memberId}")
    @ResponseStatus(HttpStatus.CREATED)
    fun lend(@PathVariable isbn: String, @PathVariable memberId: String): LoanView =
        lending.lend(isbn, memberId).let { LoanView(it.id!!, it.copy.title, it.dueDate) }

    @PostMapping("/{id}/return")
    fun giveBack(@PathVariable id: Long): Map<String, Long> = mapOf("feeCents" to lending.giveBack(id))

    @GetMapping("/overdue")
    fun overdue(): List<LoanView> = lending.overdue().map { LoanView(it.id!!, it.copy.title, it.dueDate) }
}

@RestControllerAdvice
class LendingErrors {
    @ExceptionHandler(NoCopyAvailable::class, LoanLimitReached::class)
    @ResponseStatus(HttpStatus.CONFLICT)
    fun conflict(e: RuntimeException) = mapOf("error" to e.message)

    @ExceptionHandler(NoSuchElementException::class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    fun notFound(e: NoSuchElementException) = mapOf("error" to "not found: ${e.message}")
}
