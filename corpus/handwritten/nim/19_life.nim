import std/[random, os, strutils, parseopt, sets, tables, terminal]

type
  Cell = tuple[x, y: int]
  World = object
    w, h: int
    wrap: bool
    alive: HashSet[Cell]

const patterns = {
  "glider": @[".#.", "..#", "###"],
  "lwss": @[".#..#", "#....", "#...#", "####."],
  "pulsar": @[
    "..###...###..",
    ".............",
    "#....#.#....#",
    "#....#.#....#",
    "#....#.#....#",
    "..###...###..",
    ".............",
    "..###...###..",
    "#....#.#....#",
    "#....#.#....#",
    "#....#.#....#",
    ".............",
    "..###...###.."],
  "rpentomino": @[".##", "##.", ".#."],
}

proc place(world: var World, rows: seq[string], ox, oy: int) =
  for dy, row in rows:
    for dx, ch in row:
      if ch == '#':
        world.alive.incl((ox + dx, oy + dy))

proc randomFill(world: var World, density: float) =
  for y in 0 ..< world.h:
    for x in 0 ..< world.w:
      if rand(1.0) < density:
        world.alive.incl((x, y))

proc loadPlaintext(world: var World, path: string) =
  var rows: seq[string]
  for line in lines(path):
    if line.startsWith("!"): continue
    rows.add line.replace('O', '#')
  world.place(rows, world.w div 2 - rows[0].len div 2, world.h div 2 - rows.len div 2)

proc norm(world: World, c: Cell): Cell =
  if world.wrap:
    ((c.x + world.w) mod world.w, (c.y + world.h) mod world.h)
  else:
    c

proc inside(world: World, c: Cell): bool =
  world.wrap or (c.x >= 0 and c.y >= 0 and c.x < world.w and c.y < world.h)

proc step(world: World): World =
  result = World(w: world.w, h: world.h, wrap: world.wrap)
  var counts: CountTable[Cell]
  for c in world.alive:
    for dy in -1..1:
      for dx in -1..1:
        if dx == 0 and dy == 0: continue
        let n = world.norm((c.x + dx, c.y + dy))
        if world.inside(n):
          counts.inc n
  for c, n in counts:
    if n == 3 or (n == 2 and c in world.alive):
      result.alive.incl c

proc render(world: World, gen: int) =
  var buf = newStringOfCap((world.w + 1) * world.h + 64)
  buf.add "\e[H"
  for y in 0 ..< world.h:
    for x in 0 ..< world.w:
      buf.add(if (x, y) in world.alive: "█" else: " ")
    buf.add '\n'
  buf.add "gen " & $gen & "  alive " & $world.alive.len & "   "
  stdout.write buf
  stdout.flushFile

proc main =
  var
    world = World(w: terminalWidth() - 1, h: terminalHeight() - 2, wrap: true)
    pattern = ""
    file = ""
    generations = 500
    delay = 60
    density = 0.25

  for kind, key, val in getopt():
    case kind
    of cmdLongOption, cmdShortOption:
      case key
      of "p", "pattern": pattern = val
      of "f", "file": file = val
      of "g", "generations": generations = parseInt(val)
      of "d", "delay": delay = parseInt(val)
      of "density": density = parseFloat(val)
      of "no-wrap": world.wrap = false
      else: quit("unknown option: " & key, 2)
    else: discard

  randomize()
  if file.len > 0:
    world.loadPlaintext(file)
  elif pattern.len > 0:
    var found = false
    for (name, rows) in patterns:
      if name == pattern:
        world.place(rows, world.w div 3, world.h div 3)
        found = true
    if not found: quit("unknown pattern " & pattern, 2)
  else:
    world.randomFill(density)

  stdout.write "\e[2J\e[?25l"
  defer: stdout.write "\e[?25h\n"
  for gen in 0 ..< generations:
    render(world, gen)
    let next = step(world)
    if next.alive == world.alive:
      echo "\nstable after ", gen, " generations"
      break
    world = next
    sleep delay

main()
