@JvmInline
value class Meters(val value: Double) {
    operator fun plus(o: Meters) = Meters(value + o.value)
    operator fun times(k: Double) = Meters(value * k)
    val km get() = value / 1000
}

val Int.m get() = Meters(toDouble())
val Double.km get() = Meters(this * 1000)

fun main() {
    val run = 5.5.km + 300.m
    println("ran %.2f km".format(run.km))
}
