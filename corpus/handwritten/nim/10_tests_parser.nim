import std/unittest
import ../src/csvlite

suite "csvlite parsing":
  setup:
    let simple = "a,b,c\n1,2,3\n"

  test "header is read":
    let t = parseCsv(simple)
    check t.header == @["a", "b", "c"]

  test "rows are split":
    let t = parseCsv(simple)
    check t.rows.len == 1
    check t.rows[0] == @["1", "2", "3"]

  test "quoted fields keep commas":
    let t = parseCsv("name,city\n\"Doe, Jane\",Oslo\n")
    check t.rows[0][0] == "Doe, Jane"

  test "escaped quotes":
    let t = parseCsv("q\n\"he said \"\"hi\"\"\"\n")
    check t.rows[0][0] == "he said \"hi\""

  test "ragged row raises":
    expect CsvError:
      discard parseCsv("a,b\n1\n", strict = true)
