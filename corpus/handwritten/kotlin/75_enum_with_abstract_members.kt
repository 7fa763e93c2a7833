enum class Shipping(val label: String, private val baseCents: Int) {
    STANDARD("Standard (3-5 days)", 495) {
        override fun costFor(weightGrams: Int) = baseCents + (weightGrams / 500) * 100
    },
    EXPRESS("Express (next day)", 1295) {
        override fun costFor(weightGrams: Int) = baseCents + (weightGrams / 250) * 150
    },
    PICKUP("Pick up in store", 0) {
        override fun costFor(weightGrams: Int) = 0
    };

    abstract fun costFor(weightGrams: Int): Int

    companion object {
        fun cheapestFor(weightGrams: Int, allowPickup: Boolean) =
            entries.filter { allowPickup || it != PICKUP }.minBy { it.costFor(weightGrams) }
    }
}

fun main() {
    for (w in listOf(200, 900, 2600)) {
        val line = Shipping.entries.joinToString("  ") { "${it.name}=${it.costFor(w)}" }
        println("$w g: $line  -> ${Shipping.cheapestFor(w, allowPickup = false).label}")
    }
}
