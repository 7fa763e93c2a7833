import std/[times, monotimes, strformat]

template timeIt(label: string, body: untyped) =
  let start = getMonoTime()
  body
  let elapsed = getMonoTime() - start
  echo &"{label}: {elapsed.inMicroseconds} µs"
template repeat(n: int, body: untyped) =
  for _ in 0 ..< n:
    body
var total = 0
timeIt "sum loop":
  repeat 1_000_000:
    total += 3
echo total
