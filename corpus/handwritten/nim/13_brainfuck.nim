import std/[os, tables]

proc run(code: string) =
  var
    tape = newSeq[uint8](30_000)
    p = 0
    pc = 0
    jumps = initTable[int, int]()
    stack: seq[int]

  for i, c in code:
    if c == '[': stack.add i
    elif c == ']':
      let j = stack.pop
      jumps[i] = j
      jumps[j] = i

  while pc < code.len:
    case code[pc]
    of '>': inc p
    of '<': dec p
    of '+': tape[p] = tape[p] + 1
    of '-': tape[p] = tape[p] - 1
    of '.': stdout.write chr(tape[p])
    of ',': tape[p] = uint8(stdin.readChar)
    of '[':
      if tape[p] == 0: pc = jumps[pc]
    of ']':
      if tape[p] != 0: pc = jumps[pc]
    else: discard
    inc pc

run(readFile(paramStr(1)))
