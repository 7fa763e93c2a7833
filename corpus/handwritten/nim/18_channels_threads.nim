# compile with --threads:on
import std/[os, random]

var
  jobs: Channel[int]
  results: Channel[(int, int)]

proc worker(id: int) {.thread.} =
  while true:
    let n = jobs.recv()
    if n < 0: break
    sleep(rand(50))
    results.send((n, n * n))

jobs.open()
results.open()

var pool: array[4, Thread[int]]
for i in 0 ..< pool.len:
  createThread(pool[i], worker, i)

for n in 1..20: jobs.send(n)
for _ in pool: jobs.send(-1)

var total = 0
for _ in 1..20:
  let (n, sq) = results.recv()
  total += sq
joinThreads(pool)
echo "sum of squares: ", total
