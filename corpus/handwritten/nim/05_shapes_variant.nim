import std/[math, sequtils, strutils]

type
  ShapeKind = enum
    skCircle, skRect, skTriangle

  Shape = object
    case kind: ShapeKind
    of skCircle:
      radius: float
    of skRect:
      w, h: float
    of skTriangle:
      a, b, c: float

proc area(s: Shape): float =
  case s.kind
  of skCircle: PI * s.radius * s.radius
  of skRect: s.w * s.h
  of skTriangle:
    let p = (s.a + s.b + s.c) / 2
    sqrt(p * (p - s.a) * (p - s.b) * (p - s.c))

proc describe(s: Shape): string =
  case s.kind
  of skCircle: "circle r=" & $s.radius
  of skRect: "rect " & $s.w & "x" & $s.h
  of skTriangle: "triangle " & [s.a, s.b, s.c].mapIt($it).join("/")

let shapes = @[
  Shape(kind: skCircle, radius: 2.0),
  Shape(kind: skRect, w: 3, h: 4.5),
  Shape(kind: skTriangle, a: 3, b: 4, c: 5),
]

for s in shapes:
  echo describe(s).alignLeft(24), formatFloat(area(s), ffDecimal, 3)

echo "total: ", shapes.mapIt(it.area).foldl(a + b)
