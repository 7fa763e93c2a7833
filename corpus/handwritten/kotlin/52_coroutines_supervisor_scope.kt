import kotlinx.coroutines.*
import kotlin.random.Random
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.measureTime

data class Thumbnail(val id: Int, val bytes: Int)

class ThumbnailFailed(id: Int) : Exception("thumbnail $id failed")

suspend fun renderThumbnail(id: Int): Thumbnail {
    delay(Random.nextLong(50, 250).milliseconds)
    if (id % 7 == 0) throw ThumbnailFailed(id)
    return Thumbnail(id, 1024 + id * 13)
}

/**
 * Renders all thumbnails concurrently with at most [parallelism] at a time.
 * One failing thumbnail must not cancel the others, hence supervisorScope.
 */
suspend fun renderAll(ids: List<Int>, parallelism: Int = 4): Pair<List<Thumbnail>, List<Int>> =
    supervisorScope {
        val gate = kotlinx.coroutines.sync.Semaphore(parallelism)
        val jobs = ids.associateWith { id ->
            async {
                gate.acquire()
                try {
                    withTimeout(200) { renderThumbnail(id) }
                } finally {
                    gate.release()
                }
            }
        }
        val ok = mutableListOf<Thumbnail>()
        val failed = mutableListOf<Int>()
        for ((id, job) in jobs) {
            try {
                ok += job.await()
            } catch (e: CancellationException) {
                throw e
            } catch (e: Exception) {
                failed += id
            }
        }
        ok to failed
    }

fun main() = runBlocking {
    val elapsed = measureTime {
        val (ok, failed) = renderAll((1..30).toList())
        println("rendered ${ok.size}, total ${ok.sumOf { it.bytes }} bytes")
        println("failed or timed out: $failed")
    }
    println("took $elapsed")
}
