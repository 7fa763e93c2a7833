enum class Planet(val massKg: Double, val radiusM: Double) {
    MERCURY(3.303e+23, 2.4397e6),
    VENUS(4.869e+24, 6.0518e6),
    EARTH(5.976e+24, 6.37814e6),
    MARS(6.421e+23, 3.3972e6),
    JUPITER(1.9e+27, 7.1492e7),
    SATURN(5.688e+26, 6.0268e7),
    URANUS(8.686e+25, 2.5559e7),
    NEPTUNE(1.024e+26, 2.4746e7);

    val surfaceGravity: Double get() = G * massKg / (radiusM * radiusM)

    fun weightOf(earthWeight: Double): Double = earthWeight / EARTH.surfaceGravity * surfaceGravity

    companion object {
        private const val G = 6.67300E-11

        fun parse(name: String): Planet? = entries.firstOrNull { it.name.equals(name, ignoreCase = true) }
    }
}

fun main(args: Array<String>) {
    val w = args.firstOrNull()?.toDoubleOrNull() ?: 70.0
    for (p in Planet.entries) {
        println("%-8s %7.2f kg".format(p.name.lowercase().replaceFirstChar(Char::uppercase), p.weightOf(w)))
    }
}
