import std/math

type
  Vec2* = object
    x*, y*: float32

func vec2*(x, y: float32): Vec2 {.inline.} = Vec2(x: x, y: y)

func `+`*(a, b: Vec2): Vec2 = vec2(a.x + b.x, a.y + b.y)
func `-`*(a, b: Vec2): Vec2 = vec2(a.x - b.x, a.y - b.y)
func `*`*(a: Vec2, s: float32): Vec2 = vec2(a.x * s, a.y * s)
func `*`*(s: float32, a: Vec2): Vec2 = a * s
func `-`*(a: Vec2): Vec2 = vec2(-a.x, -a.y)

func `+=`*(a: var Vec2, b: Vec2) =
  a.x += b.x
  a.y += b.y

func dot*(a, b: Vec2): float32 = a.x * b.x + a.y * b.y
func cross*(a, b: Vec2): float32 = a.x * b.y - a.y * b.x
func length*(a: Vec2): float32 = sqrt(a.dot(a))

func normalized*(a: Vec2): Vec2 =
  let l = a.length
  if l == 0: a else: a * (1'f32 / l)

func rotated*(a: Vec2, angle: float32): Vec2 =
  let (s, c) = (sin(angle), cos(angle))
  vec2(a.x * c - a.y * s, a.x * s + a.y * c)

func lerp*(a, b: Vec2, t: float32): Vec2 = a + (b - a) * t

func `$`*(a: Vec2): string = "(" & $a.x & ", " & $a.y & ")"

when isMainModule:
  let v = vec2(3, 4)
  assert v.length == 5
  echo v.normalized, " ", v.rotated(PI / 2)
