package app.shelf.data

import androidx.room.Dao
import androidx.room.Database
import androidx.room.Delete
import androidx.room.Entity
import androidx.room.Insert
import androidx.room.OnConflictStrategy
import androidx.room.PrimaryKey
import androidx.room.Query
import androidx.room.RoomDatabase
import androidx.room.TypeConverter
import androidx.room.TypeConverters
import androidx.room.Update
import kotlinx.coroutines.flow.Flow
import java.time.Instant

@Entity(tableName = "bookmarks")
data class Bookmark(
    @PrimaryKey(autoGenerate = true) val id: Long = 0,
    val url: String,
    val title: String,
    val tags: List<String> = emptyList(),
    val createdAt: Instant = Instant.now(),
    val archived: Boolean = false,
)

class Converters {
    @TypeConverter fun fromInstant(value: Instant?): Long? = value?.toEpochMilli()
    @TypeConverter fun toInstant(value: Long?): Instant? = value?.let(Instant::ofEpochMilli)
    @TypeConverter fun fromTags(tags: List<String>): String = tags.joinToString(",")
    @TypeConverter fun toTags(raw: String): List<String> =
        if (raw.isEmpty()) emptyList() else raw.split(",")
}

@Dao
interface BookmarkDao {
    @Query("SELECT * FROM bookmarks WHERE archived = 0 ORDER BY createdAt DESC")
    fun observeActive(): Flow<List<Bookmark>>

    @Query("SELECT * FROM bookmarks WHERE title LIKE '%' || :q || '%' OR url LIKE '%' || :q || '%'")
    suspend fun search(q: String): List<Bookmark>

    @Query("SELECT * FROM bookmarks WHERE id = :id")
    suspend fun byId(id: Long): Bookmark?

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    suspend fun upsert(bookmark: Bookmark): Long

    @Update
    suspend fun update(bookmark: Bookmark)

    @Delete
    suspend fun delete(bookmark: Bookmark)

    @Query("UPDATE bookmarks SET archived = 1 WHERE createdAt < :before")
    suspend fun archiveOlderThan(before: Long): Int
}

@Database(entities = [Bookmark::class], version = 3, exportSchema = true)
@TypeConverters(Converters::class)
abstract class ShelfDatabase : RoomDatabase() {
    abstract fun bookmarks(): BookmarkDao
}

class BookmarkRepository(private val dao: BookmarkDao) {
    val active: Flow<List<Bookmark>> = dao.observeActive()

    suspend fun toggleArchived(id: Long) {
        val b = dao.byId(id) ?: return
        dao.update(b.copy(archived = !b.archived))
    }

    suspend fun add(url: String, title: String?, tags: Set<String>) =
        dao.upsert(Bookmark(url = url, title = title ?: url.substringAfter("://"), tags = tags.sorted()))
}
