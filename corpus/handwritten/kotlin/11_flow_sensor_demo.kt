import kotlinx.coroutines.*
import kotlinx.coroutines.flow.*
import kotlin.random.Random
import kotlin.time.Duration.Companion.milliseconds

data class Reading(val sensor: String, val celsius: Double, val at: Long)

fun sensor(name: String, periodMs: Long): Flow<Reading> = flow {
    var t = 20.0
    while (currentCoroutineContext().isActive) {
        t += Random.nextDouble(-0.5, 0.5)
        emit(Reading(name, t, System.currentTimeMillis()))
        delay(periodMs)
    }
}

fun Flow<Reading>.smoothed(window: Int): Flow<Reading> = flow {
    val buffer = ArrayDeque<Double>()
    collect { r ->
        buffer.addLast(r.celsius)
        if (buffer.size > window) buffer.removeFirst()
        emit(r.copy(celsius = buffer.average()))
    }
}

suspend fun main() = coroutineScope {
    val kitchen = sensor("kitchen", 120).smoothed(5)
    val garage = sensor("garage", 300)

    val job = launch {
        merge(kitchen, garage)
            .filter { it.celsius in -40.0..85.0 }
            .sample(250.milliseconds)
            .onEach { println("%-8s %6.2f°C".format(it.sensor, it.celsius)) }
            .collect()
    }

    val alarm = async {
        garage.first { it.celsius > 21.0 }
    }

    delay(3_000)
    job.cancelAndJoin()
    val hot = withTimeoutOrNull(1_000) { alarm.await() }
    println(hot?.let { "garage got warm at ${it.at}" } ?: "garage stayed cool")
    alarm.cancel()
}
