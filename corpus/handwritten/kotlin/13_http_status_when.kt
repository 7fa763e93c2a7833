fun describe(code: Int): String = when (code) {
    in 100..199 -> "informational"
    200, 201, 204 -> "ok"
    in 300..399 -> "redirect"
    401, 403 -> "auth problem"
    404 -> "not found"
    in 400..499 -> "client error"
    in 500..599 -> "server error"
    else -> "weird: $code"
}

fun main() {
    listOf(200, 302, 404, 418, 503, 999).forEach { println("$it -> ${describe(it)}") }
}
