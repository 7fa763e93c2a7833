#!/usr/bin/env python3
"""Links the validation files of a `codeberta train` run (its
validation-predictions.jsonl, paths relative to --data) into OUT/<label>/,
so that `codeberta lexical --validation-data OUT` fits the combination on
files neither expert trained on.

usage: validation_files.py RUN_DIR DATA_DIR OUT
"""
import json
import os
import sys


def main(run, data, out):
    n = 0
    for line in open(os.path.join(run, "validation-predictions.jsonl")):
        rel = json.loads(line)["path"]
        dst = os.path.join(out, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if not os.path.exists(dst):
            os.link(os.path.join(data, rel), dst)
        n += 1
    print(f"{n} validation files")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
