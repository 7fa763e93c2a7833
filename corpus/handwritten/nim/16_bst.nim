## Ordered map backed by an AVL tree.

import std/[options, strutils]

type
  Node[K, V] = ref object
    key: K
    val: V
    height: int
    left, right: Node[K, V]

  AvlMap*[K, V] = object
    root: Node[K, V]
    count: int

func height[K, V](n: Node[K, V]): int {.inline.} =
  if n.isNil: 0 else: n.height

func balance[K, V](n: Node[K, V]): int {.inline.} =
  if n.isNil: 0 else: height(n.left) - height(n.right)

proc update[K, V](n: Node[K, V]) {.inline.} =
  n.height = 1 + max(height(n.left), height(n.right))

proc rotateRight[K, V](y: Node[K, V]): Node[K, V] =
  let x = y.left
  y.left = x.right
  x.right = y
  update(y)
  update(x)
  x

proc rotateLeft[K, V](x: Node[K, V]): Node[K, V] =
  let y = x.right
  x.right = y.left
  y.left = x
  update(x)
  update(y)
  y

proc rebalance[K, V](n: Node[K, V]): Node[K, V] =
  update(n)
  let b = balance(n)
  if b > 1:
    if balance(n.left) < 0:
      n.left = rotateLeft(n.left)
    return rotateRight(n)
  if b < -1:
    if balance(n.right) > 0:
      n.right = rotateRight(n.right)
    return rotateLeft(n)
  n

proc insert[K, V](n: Node[K, V], key: K, val: V, added: var bool): Node[K, V] =
  if n.isNil:
    added = true
    return Node[K, V](key: key, val: val, height: 1)
  if key < n.key:
    n.left = insert(n.left, key, val, added)
  elif key > n.key:
    n.right = insert(n.right, key, val, added)
  else:
    n.val = val
    return n
  rebalance(n)

proc minNode[K, V](n: Node[K, V]): Node[K, V] =
  result = n
  while not result.left.isNil:
    result = result.left

proc remove[K, V](n: Node[K, V], key: K, removed: var bool): Node[K, V] =
  if n.isNil:
    return nil
  if key < n.key:
    n.left = remove(n.left, key, removed)
  elif key > n.key:
    n.right = remove(n.right, key, removed)
  else:
    removed = true
    if n.left.isNil: return n.right
    if n.right.isNil: return n.left
    let m = minNode(n.right)
    n.key = m.key
    n.val = m.val
    var dummy = false
    n.right = remove(n.right, m.key, dummy)
  rebalance(n)

proc `[]=`*[K, V](t: var AvlMap[K, V], key: K, val: V) =
  var added = false
  t.root = insert(t.root, key, val, added)
  if added: inc t.count

proc del*[K, V](t: var AvlMap[K, V], key: K) =
  var removed = false
  t.root = remove(t.root, key, removed)
  if removed: dec t.count

proc find*[K, V](t: AvlMap[K, V], key: K): Option[V] =
  var n = t.root
  while not n.isNil:
    if key < n.key: n = n.left
    elif key > n.key: n = n.right
    else: return some(n.val)
  none(V)

proc `[]`*[K, V](t: AvlMap[K, V], key: K): V =
  let v = t.find(key)
  if v.isNone:
    raise newException(KeyError, "key not found: " & $key)
  v.get

func contains*[K, V](t: AvlMap[K, V], key: K): bool = t.find(key).isSome
func len*[K, V](t: AvlMap[K, V]): int = t.count

iterator pairs*[K, V](t: AvlMap[K, V]): (K, V) =
  var stack: seq[Node[K, V]]
  var n = t.root
  while not n.isNil or stack.len > 0:
    while not n.isNil:
      stack.add n
      n = n.left
    n = stack.pop
    yield (n.key, n.val)
    n = n.right

iterator range*[K, V](t: AvlMap[K, V], lo, hi: K): (K, V) =
  for k, v in t.pairs:
    if k > hi: break
    if k >= lo: yield (k, v)

proc `$`*[K, V](t: AvlMap[K, V]): string =
  result = "{"
  for k, v in t.pairs:
    if result.len > 1: result.add ", "
    result.add $k & ": " & $v
  result.add "}"

when isMainModule:
  var m: AvlMap[int, string]
  for i in [50, 20, 70, 10, 30, 60, 80, 25, 27, 26]:
    m[i] = "v" & $i
  echo m
  m.del 20
  echo "height: ", height(m.root), " len: ", m.len
  for k, v in m.range(25, 60):
    echo k.intToStr(3), " ", v
  doAssert 27 in m and 20 notin m
