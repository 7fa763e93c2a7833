import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.*
import kotlinx.coroutines.runBlocking

data class Price(val symbol: String, val value: Double)
data class Holding(val symbol: String, val shares: Int)

fun ticker(symbol: String, start: Double, periodMs: Long): Flow<Price> = flow {
    var v = start
    var n = 0
    while (n++ < 6) {
        emit(Price(symbol, v))
        v *= if (n % 2 == 0) 1.01 else 0.995
        delay(periodMs)
    }
}

fun main() = runBlocking {
    val holdings = MutableStateFlow(listOf(Holding("ACME", 10), Holding("INIT", 4)))

    val prices: Flow<Map<String, Double>> = merge(
        ticker("ACME", 120.0, 70),
        ticker("INIT", 42.5, 110),
    ).scan(emptyMap()) { acc, p -> acc + (p.symbol to p.value) }

    combine(holdings, prices) { hs, px ->
        hs.sumOf { h -> h.shares * (px[h.symbol] ?: 0.0) }
    }
        .filter { it > 0 }
        .map { "%.2f".format(it) }
        .distinctUntilChanged()
        .onEach { println("portfolio value: $it") }
        .onCompletion { println("stream finished") }
        .collect()
}
