## Small CSV reader with RFC 4180 quoting rules.

import std/[strutils, streams, sequtils]

type
  CsvError* = object of ValueError
    line*: int

  CsvTable* = object
    header*: seq[string]
    rows*: seq[seq[string]]

  ParserState = enum
    psFieldStart, psUnquoted, psQuoted, psQuoteInQuoted

proc newCsvError(msg: string, line: int): ref CsvError =
  result = newException(CsvError, "line " & $line & ": " & msg)
  result.line = line

proc parseRecords(s: Stream, sep: char): seq[seq[string]] =
  var
    state = psFieldStart
    field = ""
    record: seq[string] = @[]
    line = 1

  template endField() =
    record.add field
    field.setLen 0

  template endRecord() =
    endField()
    if not (record.len == 1 and record[0].len == 0):
      result.add record
    record = @[]

  while not s.atEnd:
    let c = s.readChar
    case state
    of psFieldStart:
      if c == '"':
        state = psQuoted
      elif c == sep:
        endField()
      elif c == '\n':
        endRecord()
        inc line
      elif c == '\r':
        discard
      else:
        field.add c
        state = psUnquoted
    of psUnquoted:
      if c == sep:
        endField()
        state = psFieldStart
      elif c == '\n':
        endRecord()
        inc line
        state = psFieldStart
      elif c == '\r':
        discard
      elif c == '"':
        raise newCsvError("quote inside unquoted field", line)
      else:
        field.add c
    of psQuoted:
      if c == '"':
        state = psQuoteInQuoted
      else:
        if c == '\n': inc line
        field.add c
    of psQuoteInQuoted:
      if c == '"':
        field.add '"'
        state = psQuoted
      elif c == sep:
        endField()
        state = psFieldStart
      elif c == '\n':
        endRecord()
        inc line
        state = psFieldStart
      elif c == '\r':
        discard
      else:
        raise newCsvError("unexpected character after closing quote", line)

  if state == psQuoted:
    raise newCsvError("unterminated quoted field", line)
  if field.len > 0 or record.len > 0:
    endRecord()

proc parseCsv*(text: string, sep = ',', hasHeader = true, strict = false): CsvTable =
  let recs = parseRecords(newStringStream(text), sep)
  if recs.len == 0:
    return
  var start = 0
  if hasHeader:
    result.header = recs[0]
    start = 1
  for i in start ..< recs.len:
    if strict and hasHeader and recs[i].len != result.header.len:
      raise newCsvError("expected " & $result.header.len & " fields, got " & $recs[i].len, i + 1)
    result.rows.add recs[i]

proc readCsv*(path: string, sep = ','): CsvTable =
  parseCsv(readFile(path), sep)

proc column*(t: CsvTable, name: string): seq[string] =
  let idx = t.header.find(name)
  if idx < 0:
    raise newException(KeyError, "no column " & name)
  for r in t.rows:
    result.add(if idx < r.len: r[idx] else: "")

proc quoteField(f: string, sep: char): string =
  if f.contains({sep, '"', '\n', '\r'}):
    "\"" & f.replace("\"", "\"\"") & "\""
  else:
    f

proc `$`*(t: CsvTable): string =
  var lines: seq[string]
  if t.header.len > 0:
    lines.add t.header.mapIt(quoteField(it, ',')).join(",")
  for r in t.rows:
    var parts: seq[string]
    for f in r: parts.add quoteField(f, ',')
    lines.add parts.join(",")
  lines.join("\n") & "\n"

iterator records*(t: CsvTable): seq[(string, string)] =
  for r in t.rows:
    var rec: seq[(string, string)]
    for i, h in t.header:
      rec.add((h, if i < r.len: r[i] else: ""))
    yield rec
