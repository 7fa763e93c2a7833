{.passL: "-lz".}
import std/strutils

const zlibH = "<zlib.h>"

proc crc32(crc: culong, buf: pointer, len: cuint): culong {.importc, header: zlibH.}
proc zlibVersion(): cstring {.importc, header: zlibH.}

proc crc32Of*(s: string): uint32 =
  if s.len == 0: return 0
  uint32(crc32(0, unsafeAddr s[0], cuint(s.len)))

echo "zlib ", zlibVersion()
echo crc32Of("The quick brown fox jumps over the lazy dog").toHex
