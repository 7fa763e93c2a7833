mode = ScriptMode.Verbose

task build, "compile release binary":
  exec "nim c -d:release --opt:speed -o:bin/tally src/tally.nim"

task debug, "compile with checks":
  exec "nim c -d:debug --debugger:native -o:bin/tally_dbg src/tally.nim"

task test, "run tests":
  for f in listFiles("tests"):
    if f.endsWith(".nim") and f.extractFilename.startsWith("t"):
      exec "nim c -r --hints:off " & f

task clean, "remove build output":
  rmDir "bin"
  rmDir "nimcache"
