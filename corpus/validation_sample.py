#!/usr/bin/env python3
"""The combination's validation folder: a seeded sample of the lexical
expert's training folder (LEXDATA, `DIR/<label>/<files>`), FRACTION of each
label's files (at least MIN, at most MAX), hard-linked into OUT/<label>/.
Neither expert trains on these files (transformer_data.py and
`codeberta lexical --validation-data` leave them out), so the combination
weights and the abstain threshold are fitted on files both experts never saw.
The order is sha256(seed ":" file name), so the sample is stable.

usage: validation_sample.py LEXDATA OUT [FRACTION=0.08] [MIN=3] [MAX=30] [SEED=42]
"""
import hashlib
import os
import shutil
import sys


def main(lexdata, out, fraction="0.08", lo="3", hi="30", seed="42"):
    fraction, lo, hi = float(fraction), int(lo), int(hi)
    if os.path.exists(out):
        shutil.rmtree(out)
    total = 0
    for label in sorted(os.listdir(lexdata)):
        src = os.path.join(lexdata, label)
        if not os.path.isdir(src):
            continue
        names = sorted(
            os.listdir(src),
            key=lambda n: hashlib.sha256(f"{seed}:{n}".encode()).hexdigest(),
        )
        # Leave most of a small label to training.
        take = min(hi, max(lo, round(fraction * len(names))), len(names) // 2)
        os.makedirs(os.path.join(out, label))
        for name in names[:take]:
            os.link(os.path.join(src, name), os.path.join(out, label, name))
        total += take
    print(f"{total} validation files in {out}")


if __name__ == "__main__":
    if not 3 <= len(sys.argv) <= 7:
        sys.exit(__doc__)
    main(*sys.argv[1:])
