sealed class Result<out T> {
    data class Ok<T>(val value: T) : Result<T>()
    data class Err(val error: Throwable) : Result<Nothing>()

    inline fun <R> map(f: (T) -> R): Result<R> = when (this) {
        is Ok -> Ok(f(value))
        is Err -> this
    }

    fun getOrNull(): T? = (this as? Ok)?.value
}

inline fun <T> runCatchingResult(block: () -> T): Result<T> =
    try { Result.Ok(block()) } catch (e: Exception) { Result.Err(e) }
