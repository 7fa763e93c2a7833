package ledger.db

import org.jetbrains.exposed.dao.id.LongIdTable
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.SchemaUtils
import org.jetbrains.exposed.sql.SortOrder
import org.jetbrains.exposed.sql.SqlExpressionBuilder.eq
import org.jetbrains.exposed.sql.and
import org.jetbrains.exposed.sql.insertAndGetId
import org.jetbrains.exposed.sql.javatime.date
import org.jetbrains.exposed.sql.selectAll
import org.jetbrains.exposed.sql.sum
import org.jetbrains.exposed.sql.transactions.transaction
import java.math.BigDecimal
import java.time.LocalDate

object Accounts : LongIdTable("accounts") {
    val name = varchar("name", 80).uniqueIndex()
    val currency = char("currency", 3).default("EUR")
}

object Entries : LongIdTable("entries") {
    val account = reference("account_id", Accounts)
    val bookedOn = date("booked_on")
    val amount = decimal("amount", precision = 12, scale = 2)
    val memo = text("memo").nullable()
}

fun main() {
    Database.connect("jdbc:h2:mem:ledger;DB_CLOSE_DELAY=-1", driver = "org.h2.Driver")

    transaction {
        SchemaUtils.create(Accounts, Entries)

        val checking = Accounts.insertAndGetId { it[name] = "Checking" }
        val groceries = Accounts.insertAndGetId { it[name] = "Groceries" }

        fun book(acc: org.jetbrains.exposed.dao.id.EntityID<Long>, day: Int, amt: String, note: String? = null) =
            Entries.insertAndGetId {
                it[account] = acc
                it[bookedOn] = LocalDate.of(2024, 5, day)
                it[amount] = BigDecimal(amt)
                it[memo] = note
            }

        book(checking, 1, "2400.00", "salary")
        book(checking, 3, "-82.15")
        book(groceries, 3, "82.15", "market")
        book(checking, 10, "-41.90")
        book(groceries, 10, "41.90")

        val total = Entries.amount.sum()
        Entries.select(Entries.account, total)
            .groupBy(Entries.account)
            .forEach { row -> println("${row[Entries.account]}: ${row[total]}") }

        Entries.selectAll()
            .where { (Entries.account eq checking) and (Entries.amount less BigDecimal.ZERO) }
            .orderBy(Entries.bookedOn to SortOrder.DESC)
            .forEach { println("${it[Entries.bookedOn]} ${it[Entries.amount]} ${it[Entries.memo] ?: ""}") }
    }
}
