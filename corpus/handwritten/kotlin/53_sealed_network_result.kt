package com.example.net

import java.io.IOException

sealed class ApiResult<out T> {
    data class Success<T>(val value: T, val fromCache: Boolean = false) : ApiResult<T>()
    data class HttpError(val code: Int, val body: String?) : ApiResult<Nothing>()
    data class NetworkError(val cause: IOException) : ApiResult<Nothing>()
    object Unauthorized : ApiResult<Nothing>() {
        override fun toString() = "Unauthorized"
    }

    inline fun <R> map(transform: (T) -> R): ApiResult<R> = when (this) {
        is Success -> Success(transform(value), fromCache)
        is HttpError -> this
        is NetworkError -> this
        Unauthorized -> Unauthorized
    }

    fun getOrNull(): T? = (this as? Success)?.value

    val isRetryable: Boolean
        get() = when (this) {
            is NetworkError -> true
            is HttpError -> code == 429 || code >= 500
            else -> false
        }
}

inline fun <T> apiCall(block: () -> Pair<Int, T?>): ApiResult<T> = try {
    val (code, body) = block()
    when {
        code == 401 -> ApiResult.Unauthorized
        code in 200..299 && body != null -> ApiResult.Success(body)
        else -> ApiResult.HttpError(code, body?.toString())
    }
} catch (e: IOException) {
    ApiResult.NetworkError(e)
}

suspend fun <T> retrying(times: Int = 3, block: suspend () -> ApiResult<T>): ApiResult<T> {
    var last: ApiResult<T> = block()
    repeat(times - 1) { attempt ->
        if (!last.isRetryable) return last
        kotlinx.coroutines.delay(200L shl attempt)
        last = block()
    }
    return last
}
