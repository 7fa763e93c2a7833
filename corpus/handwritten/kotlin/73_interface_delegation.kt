interface Logger {
    fun log(msg: String)
}

class ConsoleLogger(private val prefix: String) : Logger {
    override fun log(msg: String) = println("[$prefix] $msg")
}

interface Storage {
    fun put(key: String, value: String)
    fun get(key: String): String?
}

class MapStorage : Storage {
    private val m = HashMap<String, String>()
    override fun put(key: String, value: String) { m[key] = value }
    override fun get(key: String) = m[key]
}

/** Class delegation: forwards Storage and Logger, overrides only what it needs. */
class AuditedStorage(
    private val inner: Storage,
    logger: Logger,
) : Storage by inner, Logger by logger {
    override fun put(key: String, value: String) {
        log("put $key (${value.length} chars)")
        inner.put(key, value)
    }
}

fun main() {
    val s = AuditedStorage(MapStorage(), ConsoleLogger("audit"))
    s.put("greeting", "hello")
    println(s.get("greeting"))
    s.log("done")
}
