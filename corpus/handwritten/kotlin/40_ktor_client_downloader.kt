package fetch

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpRequestRetry
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.request.get
import io.ktor.client.request.header
import io.ktor.client.request.prepareGet
import io.ktor.client.call.body
import io.ktor.client.statement.bodyAsChannel
import io.ktor.http.contentLength
import io.ktor.serialization.kotlinx.json.json
import io.ktor.utils.io.readAvailable
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.sync.Semaphore
import kotlinx.coroutines.sync.withPermit
import kotlinx.coroutines.withContext
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.Json
import java.io.File

@Serializable
data class Manifest(val files: List<Entry>) {
    @Serializable
    data class Entry(val name: String, val url: String, val size: Long)
}

val client = HttpClient(CIO) {
    install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }
    install(HttpTimeout) { requestTimeoutMillis = 60_000 }
    install(HttpRequestRetry) {
        retryOnServerErrors(maxRetries = 3)
        exponentialDelay()
    }
}

suspend fun download(entry: Manifest.Entry, dir: File, onProgress: (Long, Long) -> Unit) {
    val out = File(dir, entry.name)
    if (out.exists() && out.length() == entry.size) return
    client.prepareGet(entry.url) { header("User-Agent", "fetch/0.1") }.execute { resp ->
        val total = resp.contentLength() ?: entry.size
        val channel = resp.bodyAsChannel()
        withContext(Dispatchers.IO) {
            out.outputStream().buffered().use { sink ->
                val buf = ByteArray(16 * 1024)
                var done = 0L
                while (!channel.isClosedForRead) {
                    val n = channel.readAvailable(buf)
                    if (n <= 0) continue
                    sink.write(buf, 0, n)
                    done += n
                    onProgress(done, total)
                }
            }
        }
    }
}

fun main(args: Array<String>) = runBlocking {
    val manifestUrl = args.firstOrNull() ?: error("usage: fetch <manifest-url> [dir]")
    val dir = File(args.getOrElse(1) { "downloads" }).apply { mkdirs() }
    val manifest: Manifest = client.get(manifestUrl).body()
    val limit = Semaphore(3)

    manifest.files.map { entry ->
        async {
            limit.withPermit {
                download(entry, dir) { done, total ->
                    if (done == total) println("✓ ${entry.name} (${total / 1024} KiB)")
                }
            }
        }
    }.awaitAll()
    client.close()
}
