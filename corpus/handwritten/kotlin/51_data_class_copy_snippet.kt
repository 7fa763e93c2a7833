data class Point(val x: Int, val y: Int)

val origin = Point(0, 0)
val moved = origin.copy(x = 5)
val (px, py) = moved
println("moved to $px,$py; equal? ${moved == Point(5, 0)}")
