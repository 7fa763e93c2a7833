import kotlinx.coroutines.*
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.channels.ReceiveChannel
import kotlinx.coroutines.channels.produce
import java.io.File
import java.util.zip.CRC32

data class FileJob(val file: File)
data class FileResult(val file: File, val crc: Long, val bytes: Long)

@OptIn(ExperimentalCoroutinesApi::class)
fun CoroutineScope.listFiles(root: File): ReceiveChannel<FileJob> = produce(capacity = 64) {
    root.walkTopDown().filter { it.isFile }.forEach { send(FileJob(it)) }
}

fun CoroutineScope.checksumWorker(
    id: Int,
    jobs: ReceiveChannel<FileJob>,
    results: Channel<FileResult>,
) = launch(Dispatchers.IO) {
    for (job in jobs) {
        val crc = CRC32()
        var total = 0L
        job.file.inputStream().use { input ->
            val buf = ByteArray(32 * 1024)
            while (true) {
                val n = input.read(buf)
                if (n == -1) break
                crc.update(buf, 0, n)
                total += n
            }
        }
        results.send(FileResult(job.file, crc.value, total))
    }
    println("worker $id finished")
}

fun main(args: Array<String>) = runBlocking {
    val root = File(args.getOrElse(0) { "." })
    val jobs = listFiles(root)
    val results = Channel<FileResult>(Channel.BUFFERED)

    val workers = List(4) { checksumWorker(it, jobs, results) }
    launch {
        workers.joinAll()
        results.close()
    }

    var count = 0
    var bytes = 0L
    for (r in results) {
        count++
        bytes += r.bytes
        println("%08x  %s".format(r.crc, r.file.relativeTo(root)))
    }
    println("$count files, ${bytes / 1024} KiB")
}
