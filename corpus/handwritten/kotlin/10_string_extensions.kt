package util.text

import java.text.Normalizer
import java.util.Locale

private val NON_ALNUM = Regex("[^a-z0-9]+")
private val DIACRITICS = Regex("\\p{InCombiningDiacriticalMarks}+")

/** "Héllo, Wörld!" -> "hello-world" */
fun String.slugify(): String =
    Normalizer.normalize(this, Normalizer.Form.NFD)
        .replace(DIACRITICS, "")
        .lowercase(Locale.ROOT)
        .replace(NON_ALNUM, "-")
        .trim('-')

fun String.truncate(max: Int, ellipsis: String = "…"): String =
    if (length <= max) this else take((max - ellipsis.length).coerceAtLeast(0)) + ellipsis

fun String?.orDash(): String = if (this.isNullOrBlank()) "—" else this

fun CharSequence.countWords(): Int =
    split(Regex("\\s+")).count { it.isNotEmpty() }

fun String.toSnakeCase(): String = buildString {
    for ((i, c) in this@toSnakeCase.withIndex()) {
        if (c.isUpperCase()) {
            if (i > 0) append('_')
            append(c.lowercaseChar())
        } else {
            append(c)
        }
    }
}

fun String.toCamelCase(): String =
    split('_', '-', ' ')
        .filter { it.isNotEmpty() }
        .mapIndexed { i, part ->
            if (i == 0) part.lowercase() else part.lowercase().replaceFirstChar { it.titlecase() }
        }
        .joinToString("")

val String.isPalindrome: Boolean
    get() {
        val cleaned = filter { it.isLetterOrDigit() }.lowercase()
        return cleaned == cleaned.reversed()
    }

fun Int.pluralize(singular: String, plural: String = singular + "s"): String =
    "$this ${if (this == 1) singular else plural}"

fun main() {
    println("Crème Brûlée Recipe #2".slugify())
    println("A very long sentence that goes on".truncate(16))
    println(null.orDash())
    println("parseHttpResponseCode".toSnakeCase())
    println("max_retry_count".toCamelCase())
    println("Never odd or even".isPalindrome)
    println(3.pluralize("file"))
}
