import std/[tables, strutils, algorithm, os, unicode]

proc main =
  var counts = initCountTable[string]()
  let path = if paramCount() > 0: paramStr(1) else: "input.txt"
  for line in lines(path):
    for w in line.toLower.split(Whitespace + {',', '.', ';', ':', '!', '?', '"', '(', ')'}):
      if w.runeLen > 2:
        counts.inc w
  counts.sort()
  var shown = 0
  for word, n in counts:
    echo n, "\t", word
    inc shown
    if shown == 25: break

main()
