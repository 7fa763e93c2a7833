#!/usr/bin/env python3
"""The default model's transformer trains on the lexical expert's
training folder (LEXDATA, `DIR/<label>/<files>`) minus every file of the
combination's validation folder (VAL, compared by sha256), each file cut to
its first 12 KiB at a line end (the transformer reads 128 tokens of a file or
of a 3-40-line window of it, so the rest only costs transfer and memory).

usage: transformer_data.py LEXDATA VAL OUT
"""
import hashlib
import os
import shutil
import sys

CUT = 12 * 1024


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def cut(data):
    if len(data) <= CUT:
        return data
    end = data.rfind(b"\n", 0, CUT)
    return data[: end + 1] if end > 0 else data[:CUT]


def main(lexdata, val, out):
    held = {sha(os.path.join(r, f)) for r, _, fs in os.walk(val) for f in fs}
    if os.path.exists(out):
        shutil.rmtree(out)
    kept = skipped = 0
    for label in sorted(os.listdir(lexdata)):
        src = os.path.join(lexdata, label)
        if not os.path.isdir(src):
            continue
        dst = os.path.join(out, label)
        os.makedirs(dst)
        for name in sorted(os.listdir(src)):
            with open(os.path.join(src, name), "rb") as f:
                data = f.read()
            if hashlib.sha256(data).hexdigest() in held:
                skipped += 1
                continue
            with open(os.path.join(dst, name), "wb") as f:
                f.write(cut(data))
            kept += 1
    print(f"{kept} files written to {out}; {skipped} validation files left out")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
