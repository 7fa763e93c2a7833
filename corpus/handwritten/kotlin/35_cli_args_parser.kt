package mini.cli

class UsageError(msg: String) : Exception(msg)

class ArgSpec {
    internal val flags = mutableMapOf<String, String>()          // long -> help
    internal val options = mutableMapOf<String, Pair<String?, String>>() // long -> default, help
    internal val shortNames = mutableMapOf<Char, String>()

    fun flag(name: String, short: Char? = null, help: String = "") {
        flags[name] = help
        short?.let { shortNames[it] = name }
    }

    fun option(name: String, short: Char? = null, default: String? = null, help: String = "") {
        options[name] = default to help
        short?.let { shortNames[it] = name }
    }
}

class ParsedArgs(
    private val values: Map<String, String?>,
    private val set: Set<String>,
    val positional: List<String>,
) {
    fun flag(name: String) = name in set
    operator fun get(name: String): String? = values[name]
    fun int(name: String): Int? = values[name]?.toIntOrNull()
}

fun parseArgs(argv: Array<String>, configure: ArgSpec.() -> Unit): ParsedArgs {
    val spec = ArgSpec().apply(configure)
    val values = spec.options.mapValues { it.value.first }.toMutableMap()
    val flagsSet = mutableSetOf<String>()
    val positional = mutableListOf<String>()

    var i = 0
    fun takeValue(name: String): String =
        argv.getOrNull(++i) ?: throw UsageError("--$name needs a value")

    while (i < argv.size) {
        val a = argv[i]
        when {
            a == "--" -> { positional += argv.drop(i + 1); break }
            a.startsWith("--") -> {
                val (name, inline) = a.removePrefix("--").split("=", limit = 2).let { it[0] to it.getOrNull(1) }
                when (name) {
                    in spec.flags -> flagsSet += name
                    in spec.options -> values[name] = inline ?: takeValue(name)
                    else -> throw UsageError("unknown option --$name")
                }
            }
            a.startsWith("-") && a.length > 1 -> {
                for (ch in a.drop(1)) {
                    val name = spec.shortNames[ch] ?: throw UsageError("unknown option -$ch")
                    if (name in spec.flags) flagsSet += name else values[name] = takeValue(name)
                }
            }
            else -> positional += a
        }
        i++
    }
    return ParsedArgs(values, flagsSet, positional)
}

fun main(argv: Array<String>) {
    val args = try {
        parseArgs(argv) {
            flag("verbose", 'v', "print more")
            option("jobs", 'j', default = "1", help = "parallel jobs")
            option("output", 'o', help = "output file")
        }
    } catch (e: UsageError) {
        System.err.println("error: ${e.message}")
        kotlin.system.exitProcess(2)
    }
    println("verbose=${args.flag("verbose")} jobs=${args.int("jobs")} out=${args["output"] ?: "-"}")
    println("files: ${args.positional}")
}
