package cache

import java.util.concurrent.locks.ReentrantReadWriteLock
import kotlin.concurrent.read
import kotlin.concurrent.write

/**
 * Small thread-safe LRU cache with optional time-to-live.
 * Not meant to be fast, meant to be obviously correct.
 */
class LruCache<K : Any, V : Any>(
    private val capacity: Int,
    private val ttlMillis: Long = Long.MAX_VALUE,
    private val clock: () -> Long = System::currentTimeMillis,
) {
    init {
        require(capacity > 0) { "capacity must be positive, was $capacity" }
    }

    private class Entry<V>(val value: V, val storedAt: Long)

    private val lock = ReentrantReadWriteLock()
    private val map = object : LinkedHashMap<K, Entry<V>>(capacity, 0.75f, true) {
        override fun removeEldestEntry(eldest: MutableMap.MutableEntry<K, Entry<V>>?): Boolean =
            size > capacity
    }

    var hits = 0L
        private set
    var misses = 0L
        private set

    operator fun get(key: K): V? = lock.write {
        val e = map[key]
        when {
            e == null -> { misses++; null }
            clock() - e.storedAt > ttlMillis -> { map.remove(key); misses++; null }
            else -> { hits++; e.value }
        }
    }

    operator fun set(key: K, value: V) = lock.write {
        map[key] = Entry(value, clock())
    }

    fun getOrPut(key: K, compute: (K) -> V): V =
        get(key) ?: compute(key).also { set(key, it) }

    fun remove(key: K): V? = lock.write { map.remove(key)?.value }

    val size: Int get() = lock.read { map.size }

    fun keys(): List<K> = lock.read { map.keys.toList() }

    override fun toString() = "LruCache(size=$size, capacity=$capacity, hits=$hits, misses=$misses)"
}

fun main() {
    var now = 0L
    val cache = LruCache<String, Int>(capacity = 2, ttlMillis = 100) { now }
    cache["a"] = 1
    cache["b"] = 2
    cache["a"]            // touch a, so b becomes eldest
    cache["c"] = 3        // evicts b
    println(cache.keys()) // [a, c]
    now = 500
    println(cache["a"])   // null, expired
    println(cache)
}
