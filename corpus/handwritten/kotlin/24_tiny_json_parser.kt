package tinyjson

sealed interface JsonValue {
    data object Null : JsonValue
    data class Bool(val value: Boolean) : JsonValue
    data class Num(val value: Double) : JsonValue
    data class Str(val value: String) : JsonValue
    data class Arr(val items: List<JsonValue>) : JsonValue
    data class Obj(val fields: Map<String, JsonValue>) : JsonValue

    operator fun get(key: String): JsonValue? = (this as? Obj)?.fields?.get(key)
    operator fun get(index: Int): JsonValue? = (this as? Arr)?.items?.getOrNull(index)
}

class JsonParseException(message: String, val offset: Int) :
    Exception("$message at offset $offset")

class JsonParser(private val src: String) {
    private var pos = 0

    fun parse(): JsonValue {
        val v = value()
        skipWhitespace()
        if (pos != src.length) fail("trailing characters")
        return v
    }

    private fun value(): JsonValue {
        skipWhitespace()
        if (pos >= src.length) fail("unexpected end of input")
        return when (val c = src[pos]) {
            '{' -> obj()
            '[' -> arr()
            '"' -> JsonValue.Str(string())
            't' -> literal("true", JsonValue.Bool(true))
            'f' -> literal("false", JsonValue.Bool(false))
            'n' -> literal("null", JsonValue.Null)
            '-', in '0'..'9' -> number()
            else -> fail("unexpected character '$c'")
        }
    }

    private fun obj(): JsonValue.Obj {
        expect('{')
        val fields = linkedMapOf<String, JsonValue>()
        skipWhitespace()
        if (peek() == '}') { pos++; return JsonValue.Obj(fields) }
        while (true) {
            skipWhitespace()
            val key = string()
            skipWhitespace()
            expect(':')
            fields[key] = value()
            skipWhitespace()
            when (next()) {
                ',' -> continue
                '}' -> return JsonValue.Obj(fields)
                else -> fail("expected ',' or '}'")
            }
        }
    }

    private fun arr(): JsonValue.Arr {
        expect('[')
        val items = mutableListOf<JsonValue>()
        skipWhitespace()
        if (peek() == ']') { pos++; return JsonValue.Arr(items) }
        while (true) {
            items += value()
            skipWhitespace()
            when (next()) {
                ',' -> continue
                ']' -> return JsonValue.Arr(items)
                else -> fail("expected ',' or ']'")
            }
        }
    }

    private fun string(): String {
        expect('"')
        val sb = StringBuilder()
        while (true) {
            if (pos >= src.length) fail("unterminated string")
            when (val c = src[pos++]) {
                '"' -> return sb.toString()
                '\\' -> {
                    when (val e = next()) {
                        '"', '\\', '/' -> sb.append(e)
                        'b' -> sb.append('\b')
                        'f' -> sb.append('\u000C')
                        'n' -> sb.append('\n')
                        'r' -> sb.append('\r')
                        't' -> sb.append('\t')
                        'u' -> {
                            if (pos + 4 > src.length) fail("bad unicode escape")
                            val hex = src.substring(pos, pos + 4)
                            sb.append(hex.toIntOrNull(16)?.toChar() ?: fail("bad hex '$hex'"))
                            pos += 4
                        }
                        else -> fail("bad escape '\\$e'")
                    }
                }
                else -> {
                    if (c < ' ') fail("control character in string")
                    sb.append(c)
                }
            }
        }
    }

    private fun number(): JsonValue.Num {
        val start = pos
        if (peek() == '-') pos++
        while (pos < src.length && (src[pos].isDigit() || src[pos] in ".eE+-")) pos++
        val text = src.substring(start, pos)
        return JsonValue.Num(text.toDoubleOrNull() ?: fail("bad number '$text'"))
    }

    private fun literal(word: String, v: JsonValue): JsonValue {
        if (!src.startsWith(word, pos)) fail("expected $word")
        pos += word.length
        return v
    }

    private fun skipWhitespace() {
        while (pos < src.length && src[pos] in " \t\r\n") pos++
    }

    private fun peek(): Char? = src.getOrNull(pos)
    private fun next(): Char = src.getOrNull(pos++) ?: fail("unexpected end of input")
    private fun expect(c: Char) { if (next() != c) fail("expected '$c'") }
    private fun fail(msg: String): Nothing = throw JsonParseException(msg, pos)
}

fun JsonValue.stringify(): String = when (this) {
    JsonValue.Null -> "null"
    is JsonValue.Bool -> value.toString()
    is JsonValue.Num -> if (value % 1.0 == 0.0 && value.isFinite()) value.toLong().toString() else value.toString()
    is JsonValue.Str -> quote(value)
    is JsonValue.Arr -> items.joinToString(",", "[", "]") { it.stringify() }
    is JsonValue.Obj -> fields.entries.joinToString(",", "{", "}") { (k, v) -> "${quote(k)}:${v.stringify()}" }
}

private fun quote(s: String) = buildString {
    append('"')
    s.forEach { c ->
        when (c) {
            '"' -> append("\\\"")
            '\\' -> append("\\\\")
            '\n' -> append("\\n")
            '\t' -> append("\\t")
            else -> if (c < ' ') append("\\u%04x".format(c.code)) else append(c)
        }
    }
    append('"')
}

fun main() {
    val doc = JsonParser("""{"name":"tern","tags":["cli","rust"],"stars":1204,"meta":{"ok":true,"x":null}}""").parse()
    println(doc["tags"]?.get(1))
    println((doc["stars"] as JsonValue.Num).value)
    println(doc.stringify())
    try {
        JsonParser("[1, 2,]").parse()
    } catch (e: JsonParseException) {
        println("error: ${e.message}")
    }
}
