type
  RingBuffer*[N: static int, T] = object
    data: array[N, T]
    head, len: int

proc push*[N, T](rb: var RingBuffer[N, T], x: T) =
  rb.data[(rb.head + rb.len) mod N] = x
  if rb.len < N:
    inc rb.len
  else:
    rb.head = (rb.head + 1) mod N

proc pop*[N, T](rb: var RingBuffer[N, T]): T =
  if rb.len == 0:
    raise newException(IndexDefect, "ring buffer empty")
  result = rb.data[rb.head]
  rb.head = (rb.head + 1) mod N
  dec rb.len

iterator items*[N, T](rb: RingBuffer[N, T]): T =
  for i in 0 ..< rb.len:
    yield rb.data[(rb.head + i) mod N]

func isFull*[N, T](rb: RingBuffer[N, T]): bool = rb.len == N

when isMainModule:
  var rb: RingBuffer[4, int]
  for i in 1..6: rb.push i
  for x in rb: echo x
