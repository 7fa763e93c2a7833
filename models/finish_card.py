#!/usr/bin/env python3
"""Adds a held-out evaluation (a `codeberta eval --out EVAL` folder) to a
bundle: its metrics.json under "heldout_eval", and the summary, hard pairs,
top confusions and per-label recall to card.md, after the introduction in
models/default-card-intro.md (which goes first).

usage: finish_card.py BUNDLE EVAL_DIR DESCRIPTION
"""
import json
import os
import sys


def main(bundle, eval_dir, description):
    ev = json.load(open(os.path.join(eval_dir, "metrics.json")))
    metrics_path = os.path.join(bundle, "metrics.json")
    metrics = json.load(open(metrics_path))
    metrics["heldout_eval"] = ev
    with open(metrics_path, "w") as f:
        json.dump(metrics, f, indent=2)
    report = open(os.path.join(eval_dir, "report.txt")).read()
    summary = report.split("\n\nfull view\n")[0]
    intro = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "default-card-intro.md")).read()
    card_path = os.path.join(bundle, "card.md")
    generated = open(card_path).read().replace("# codeberta language classifier\n", "## Transformer training run\n", 1)
    with open(card_path, "w") as f:
        f.write(intro + generated)
        f.write(f"\n## Evaluation on the package-held-out split\n\n{description}\n\n```\n{summary}\n```\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
