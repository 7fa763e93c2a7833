package util

/** Splits a list into runs of consecutive elements sharing the same key. */
fun <T, K> List<T>.runsBy(key: (T) -> K): List<Pair<K, List<T>>> {
    if (isEmpty()) return emptyList()
    val out = mutableListOf<Pair<K, List<T>>>()
    var currentKey = key(first())
    var current = mutableListOf<T>()
    for (item in this) {
        val k = key(item)
        if (k != currentKey) {
            out += currentKey to current
            currentKey = k
            current = mutableListOf()
        }
        current += item
    }
    out += currentKey to current
    return out
}

fun <T> Iterable<T>.second(): T = drop(1).first()

fun <T : Comparable<T>> List<T>.isSorted(): Boolean = zipWithNext().all { (a, b) -> a <= b }

fun Map<String, Int>.topN(n: Int): List<Map.Entry<String, Int>> =
    entries.sortedWith(compareByDescending<Map.Entry<String, Int>> { it.value }.thenBy { it.key }).take(n)

inline fun <T> MutableList<T>.removeFirstWhere(predicate: (T) -> Boolean): T? {
    val i = indexOfFirst(predicate)
    return if (i >= 0) removeAt(i) else null
}

fun String.toSnakeCase(): String =
    replace(Regex("([a-z0-9])([A-Z])"), "$1_$2")
        .replace(Regex("[\\s-]+"), "_")
        .lowercase()

fun main() {
    val temps = listOf(3, 4, -1, -2, 5, 6, 7, -3)
    println(temps.runsBy { it >= 0 })
    println(listOf("b", "a").isSorted())
    println(mapOf("x" to 3, "y" to 9, "z" to 3).topN(2))
    println("parseHttpRequest Header-Name".toSnakeCase())
    val queue = mutableListOf(1, 2, 3, 4)
    println(queue.removeFirstWhere { it % 2 == 0 } to queue)
}
