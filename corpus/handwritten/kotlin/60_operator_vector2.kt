import kotlin.math.atan2
import kotlin.math.hypot
import kotlin.math.sqrt

@JvmInline
value class Meters(val v: Double)

data class Vec2(val x: Double, val y: Double) {
    operator fun plus(o: Vec2) = Vec2(x + o.x, y + o.y)
    operator fun minus(o: Vec2) = Vec2(x - o.x, y - o.y)
    operator fun times(k: Double) = Vec2(x * k, y * k)
    operator fun div(k: Double) = Vec2(x / k, y / k)
    operator fun unaryMinus() = Vec2(-x, -y)
    infix fun dot(o: Vec2) = x * o.x + y * o.y
    infix fun cross(o: Vec2) = x * o.y - y * o.x

    val length get() = hypot(x, y)
    val angle get() = atan2(y, x)
    fun normalized(): Vec2 = if (length == 0.0) this else this / length

    companion object {
        val ZERO = Vec2(0.0, 0.0)
    }
}

operator fun Double.times(v: Vec2) = v * this

/** Simple particle integrator used for a classroom demo. */
class Particle(var pos: Vec2, var vel: Vec2, val mass: Double = 1.0) {
    fun step(force: Vec2, dt: Double) {
        val acc = force / mass
        vel += acc * dt
        pos += vel * dt
    }
}

fun main() {
    val gravity = Vec2(0.0, -9.81)
    val p = Particle(Vec2.ZERO, Vec2(12.0, 15.0))
    var t = 0.0
    val dt = 0.05
    while (p.pos.y >= 0.0) {
        p.step(gravity * p.mass, dt)
        t += dt
    }
    println("landed after %.2fs at x=%.2f".format(t, p.pos.x))
    val a = Vec2(3.0, 4.0)
    println("|a|=${a.length} unit=${a.normalized()} a.b=${a dot Vec2(1.0, 0.0)} 2a=${2.0 * a}")
    println(Meters(sqrt(2.0)))
}
