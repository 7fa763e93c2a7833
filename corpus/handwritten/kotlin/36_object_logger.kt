object Log {
    enum class Level { DEBUG, INFO, WARN, ERROR }

    var threshold = Level.INFO

    fun d(tag: String, msg: () -> String) = emit(Level.DEBUG, tag, msg)
    fun i(tag: String, msg: () -> String) = emit(Level.INFO, tag, msg)
    fun w(tag: String, msg: () -> String) = emit(Level.WARN, tag, msg)

    private inline fun emit(level: Level, tag: String, msg: () -> String) {
        if (level >= threshold) println("${level.name.first()}/$tag: ${msg()}")
    }
}

fun main() {
    Log.d("net") { "this is skipped, lambda never runs" }
    Log.w("net") { "retrying in ${2 * 1000} ms" }
}
