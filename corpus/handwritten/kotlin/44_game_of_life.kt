package life

import kotlin.random.Random

data class Cell(val x: Int, val y: Int) {
    fun neighbours(): Sequence<Cell> = sequence {
        for (dx in -1..1) for (dy in -1..1) {
            if (dx != 0 || dy != 0) yield(Cell(x + dx, y + dy))
        }
    }
}

class Board private constructor(val alive: Set<Cell>, val generation: Int) {

    fun step(): Board {
        val counts = HashMap<Cell, Int>()
        for (c in alive) for (n in c.neighbours()) counts.merge(n, 1, Int::plus)
        val next = counts.filter { (cell, n) -> n == 3 || (n == 2 && cell in alive) }.keys
        return Board(next, generation + 1)
    }

    fun render(width: Int, height: Int, originX: Int = 0, originY: Int = 0): String = buildString {
        for (y in originY until originY + height) {
            for (x in originX until originX + width) append(if (Cell(x, y) in alive) '█' else '·')
            append('\n')
        }
    }

    val population get() = alive.size

    companion object {
        fun parse(pattern: String, offsetX: Int = 0, offsetY: Int = 0): Board {
            val cells = pattern.trimIndent().lines().flatMapIndexed { y, line ->
                line.mapIndexedNotNull { x, ch -> if (ch == '#' || ch == 'O') Cell(x + offsetX, y + offsetY) else null }
            }
            return Board(cells.toSet(), 0)
        }

        fun random(width: Int, height: Int, density: Double = 0.3, seed: Long = 42): Board {
            val rnd = Random(seed)
            val cells = buildSet {
                for (y in 0 until height) for (x in 0 until width) if (rnd.nextDouble() < density) add(Cell(x, y))
            }
            return Board(cells, 0)
        }
    }
}

val GLIDER = """
    .#.
    ..#
    ###
"""

val PULSAR_QUARTER = """
    ..###...
    ........
    #....#..
    #....#..
    #....#..
    ..###...
"""

fun main(args: Array<String>) {
    val generations = args.firstOrNull()?.toIntOrNull() ?: 8
    var board = Board.parse(GLIDER, 1, 1)
    repeat(generations) {
        print("\u001b[H\u001b[2J")
        println("gen ${board.generation}  pop ${board.population}")
        print(board.render(12, 10))
        Thread.sleep(150)
        board = board.step()
    }

    val soup = generateSequence(Board.random(40, 20)) { it.step() }
    val stable = soup.zipWithNext().first { (a, b) -> a.alive == b.alive || a.generation > 500 }.first
    println("random soup settled after ${stable.generation} generations with ${stable.population} cells")
}
