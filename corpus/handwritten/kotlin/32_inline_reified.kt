inline fun <reified T> List<Any>.only(): List<T> = filterIsInstance<T>()

inline fun <reified T : Enum<T>> enumOrNull(name: String?): T? =
    enumValues<T>().firstOrNull { it.name.equals(name, ignoreCase = true) }

enum class Level { DEBUG, INFO, WARN, ERROR }

fun main() {
    val mixed = listOf(1, "two", 3.0, "four", 5)
    println(mixed.only<String>())
    println(enumOrNull<Level>("warn") ?: Level.INFO)
}
