tailrec fun gcd(a: Long, b: Long): Long = if (b == 0L) a else gcd(b, a % b)

fun collatz(start: Long): Sequence<Long> =
    generateSequence(start) { n -> if (n == 1L) null else if (n % 2 == 0L) n / 2 else 3 * n + 1 }

val primes: Sequence<Int> = sequence {
    val found = mutableListOf<Int>()
    var candidate = 2
    while (true) {
        if (found.none { it * it <= candidate && candidate % it == 0 }) {
            found += candidate
            yield(candidate)
        }
        candidate++
    }
}

fun main() {
    println(gcd(1071, 462))
    val longest = (1L..10_000L).maxBy { collatz(it).count() }
    println("longest chain under 10k starts at $longest (${collatz(longest).count()} steps)")
    println(primes.drop(100).take(5).toList())
    println(primes.takeWhile { it < 60 }.chunked(5).joinToString(" | "))
}
