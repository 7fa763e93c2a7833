#!/usr/bin/env python3
"""The lexical expert's training folder: every file of larger harvests
(CORPUS2 and any more, comma-separated, all their splits) whose package is
NOT held out in the transformer's harvest (CORPUS1/split.tsv) and whose
content is not a CORPUS1 held-out file, plus hand-written files; hard links,
not copies, and each content once per label. So both experts stay clear of
the same held-out packages and one evaluation on CORPUS1/heldout measures
both.

usage: lexical_corpus.py CORPUS1 CORPUS2[,CORPUS3...] HANDWRITTEN OUT
"""
import csv
import os
import posixpath
import shutil
import sys


def main(c1, c2, handwritten, out):
    held = {}
    for r in csv.DictReader(open(f"{c1}/split.tsv"), delimiter="\t"):
        held[r["label"]] = {g for g in r["heldout_groups"].split(",") if g}
    held_sha = {
        r["sha256"]
        for r in csv.DictReader(open(f"{c1}/manifest.tsv"), delimiter="\t")
        if r["file"].startswith("heldout/")
    }
    linked = skipped = duplicate = 0
    seen = set()
    for corpus in c2.split(","):
        for r in csv.DictReader(open(f"{corpus}/manifest.tsv"), delimiter="\t"):
            label = r["label"]
            # A held-out unit is a package or, for labels split by folder, PACKAGE:DIR.
            units = {r["package"], r["package"] + ":" + posixpath.dirname(r["path"])}
            if units & held.get(label, set()) or r["sha256"] in held_sha:
                skipped += 1
                continue
            if (label, r["sha256"]) in seen:
                duplicate += 1
                continue
            seen.add((label, r["sha256"]))
            dst = os.path.join(out, label, os.path.basename(r["file"]))
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            if not os.path.exists(dst):
                os.link(os.path.join(corpus, r["file"]), dst)
            linked += 1
    copied = 0
    for label in sorted(os.listdir(handwritten)):
        src_dir = os.path.join(handwritten, label)
        if not os.path.isdir(src_dir):
            continue
        for name in sorted(os.listdir(src_dir)):
            dst = os.path.join(out, label, "handwritten_" + name)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(os.path.join(src_dir, name), dst)
            copied += 1
    print(f"{linked} harvested files linked, {skipped} skipped (held out), "
          f"{duplicate} duplicates, {copied} hand-written copied")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
