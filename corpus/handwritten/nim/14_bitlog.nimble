# Package

version       = "0.5.0"
author        = "Kasimir Lund"
description   = "Append-only structured log with bit-packed records"
license       = "MIT"
srcDir        = "src"
installExt    = @["nim"]
bin           = @["bitlog"]

# Dependencies

requires "nim >= 2.0.0"
requires "cligen >= 1.6"
requires "zippy"

task docs, "Generate API docs":
  exec "nim doc --project --index:on --outdir:htmldocs src/bitlog.nim"
