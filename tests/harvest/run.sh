#!/usr/bin/env bash
# Smoke test of `codeberta harvest` for CI: a tiny harvest from local folders
# (no network, no apt), run twice to check the corpus is deterministic, plus
# the package-held-out split. Uses the release binary tests/run.sh builds.
set -euo pipefail
cd "$(dirname "$0")/../.."

BIN="${CODEBERTA_BIN:-}"
if [ -z "$BIN" ]; then
  cargo build --release -q -p codeberta-cli
  BIN="${CARGO_TARGET_DIR:-target}/release/codeberta"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mk() { mkdir -p "$(dirname "$1")"; printf '%s\n' "$2" > "$1"; }
for p in alpha beta gamma; do
  for i in 1 2 3 4; do
    mk "$work/in/python/$p/m$i.py" "import sys


def handler_${p}_$i(argv):
    \"\"\"Entry point $i of project $p.\"\"\"
    return len(argv) + $i


if __name__ == '__main__':
    sys.exit(handler_${p}_$i(sys.argv))"
    mk "$work/in/shellscript/$p/s$i.sh" "#!/bin/sh
# script $i of $p
set -eu
for f in \"\$@\"; do
  echo \"$p-$i: \$f\"
done"
  done
done
mk "$work/in/python/alpha/tiny.py" "x = 1"

for n in 1 2; do
  "$BIN" harvest --from-corpus "$work/in" --out "$work/out$n" --cache "$work/cache" \
    --offline --per-label-cap 10 --per-package-cap 3 --seed 7 --holdout-fraction 0.3 > "$work/log$n"
done
cmp "$work/out1/manifest.tsv" "$work/out2/manifest.tsv"
test "$(tail -n +2 "$work/out1/manifest.tsv" | wc -l)" -eq 18
test -f "$work/out1/split.tsv"
if grep -q tiny.py "$work/out1/manifest.tsv"; then echo "tiny.py was not filtered"; exit 1; fi
# No project on both sides of the split.
tail -n +2 "$work/out1/manifest.tsv" | awk -F'\t' '{split($6,a,"/"); print $1, $2, a[1]}' | sort -u \
  | awk '{k=$1" "$2; n[k]++} END {for (k in n) if (n[k] > 1) {print "straddles: " k; bad=1}; exit bad}'
ls "$work/out1/train/python" "$work/out1/heldout/python" > /dev/null
echo "harvest smoke test passed"
