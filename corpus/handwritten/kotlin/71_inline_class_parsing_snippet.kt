@JvmInline
value class Email private constructor(val value: String) {
    companion object {
        fun parse(raw: String): Email? =
            raw.trim().lowercase().takeIf { Regex("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$").matches(it) }?.let(::Email)
    }
}
