import java.io.File

// Day 7: Handy Haversacks
// "light red bags contain 1 bright white bag, 2 muted yellow bags."

typealias Rules = Map<String, Map<String, Int>>

private val lineRe = Regex("""^(\w+ \w+) bags contain (.*)\.$""")
private val innerRe = Regex("""(\d+) (\w+ \w+) bags?""")

fun parseRules(lines: List<String>): Rules = lines.associate { line ->
    val (outer, rest) = lineRe.matchEntire(line)!!.destructured
    outer to innerRe.findAll(rest).associate { m ->
        val (n, colour) = m.destructured
        colour to n.toInt()
    }
}

fun canContain(rules: Rules, target: String): Set<String> {
    val parents = mutableMapOf<String, MutableSet<String>>()
    for ((outer, inner) in rules) for (c in inner.keys) parents.getOrPut(c) { mutableSetOf() } += outer

    val seen = mutableSetOf<String>()
    val queue = ArrayDeque(listOf(target))
    while (queue.isNotEmpty()) {
        val cur = queue.removeFirst()
        for (p in parents[cur].orEmpty()) if (seen.add(p)) queue += p
    }
    return seen
}

fun bagsInside(rules: Rules, colour: String, memo: MutableMap<String, Long> = mutableMapOf()): Long =
    memo.getOrPut(colour) {
        rules[colour].orEmpty().entries.sumOf { (c, n) -> n * (1 + bagsInside(rules, c, memo)) }
    }

fun main() {
    val input = File("input/day07.txt").takeIf { it.exists() }?.readLines() ?: """
        light red bags contain 1 bright white bag, 2 muted yellow bags.
        dark orange bags contain 3 bright white bags, 4 muted yellow bags.
        bright white bags contain 1 shiny gold bag.
        muted yellow bags contain 2 shiny gold bags, 9 faded blue bags.
        shiny gold bags contain 1 dark olive bag, 2 vibrant plum bags.
        dark olive bags contain 3 faded blue bags, 4 dotted black bags.
        vibrant plum bags contain 5 faded blue bags, 6 dotted black bags.
        faded blue bags contain no other bags.
        dotted black bags contain no other bags.
    """.trimIndent().lines()

    val rules = parseRules(input)
    println("part 1: ${canContain(rules, "shiny gold").size}")
    println("part 2: ${bagsInside(rules, "shiny gold")}")
}
