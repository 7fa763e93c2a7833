package com.example.trips.data

import androidx.room.*
import kotlinx.coroutines.flow.Flow
import java.time.LocalDate

@Entity(tableName = "trips")
data class TripEntity(
    @PrimaryKey(autoGenerate = true) val id: Long = 0,
    val name: String,
    val startDate: LocalDate,
    val endDate: LocalDate,
    val budgetCents: Long,
)

@Entity(
    tableName = "expenses",
    foreignKeys = [ForeignKey(
        entity = TripEntity::class,
        parentColumns = ["id"],
        childColumns = ["tripId"],
        onDelete = ForeignKey.CASCADE,
    )],
    indices = [Index("tripId")],
)
data class ExpenseEntity(
    @PrimaryKey(autoGenerate = true) val id: Long = 0,
    val tripId: Long,
    val label: String,
    val amountCents: Long,
    val category: String,
    val day: LocalDate,
)

data class TripWithExpenses(
    @Embedded val trip: TripEntity,
    @Relation(parentColumn = "id", entityColumn = "tripId")
    val expenses: List<ExpenseEntity>,
) {
    val spentCents: Long get() = expenses.sumOf { it.amountCents }
    val remainingCents: Long get() = trip.budgetCents - spentCents
}

data class CategoryTotal(val category: String, val total: Long)

@Dao
interface TripDao {
    @Transaction
    @Query("SELECT * FROM trips ORDER BY startDate DESC")
    fun observeTrips(): Flow<List<TripWithExpenses>>

    @Transaction
    @Query("SELECT * FROM trips WHERE id = :id")
    fun observeTrip(id: Long): Flow<TripWithExpenses?>

    @Query("SELECT category, SUM(amountCents) AS total FROM expenses WHERE tripId = :tripId GROUP BY category ORDER BY total DESC")
    fun categoryTotals(tripId: Long): Flow<List<CategoryTotal>>

    @Insert
    suspend fun insertTrip(trip: TripEntity): Long

    @Upsert
    suspend fun upsertExpense(expense: ExpenseEntity)

    @Delete
    suspend fun deleteExpense(expense: ExpenseEntity)

    @Query("DELETE FROM trips WHERE endDate < :before")
    suspend fun purgeOlderThan(before: LocalDate): Int
}

class Converters {
    @TypeConverter fun fromEpochDay(value: Long?): LocalDate? = value?.let(LocalDate::ofEpochDay)
    @TypeConverter fun toEpochDay(date: LocalDate?): Long? = date?.toEpochDay()
}

@Database(entities = [TripEntity::class, ExpenseEntity::class], version = 3, exportSchema = true)
@TypeConverters(Converters::class)
abstract class TripDatabase : RoomDatabase() {
    abstract fun tripDao(): TripDao
}
