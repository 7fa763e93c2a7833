#!/usr/bin/env bash
# The default model's transformer on a GPU machine (models/build-default.sh
# step 3): tokenizer and tiny RoBERTa from scratch, to a time budget. Reads
# .gpu/codeberta.xz (a CUDA build, tools/cuda/build.sh, xz-compressed) and
# .gpu/transformer-data.tar.xz (the folders `data/` and `val/`); writes the
# run, without its checkpoint, to $OUT/run.tar.gz. From the repository root:
#   bash tools/cuda/default-transformer.sh
# (G, BIN, DEV=cpu, BUDGET override the defaults, e.g. for a CPU smoke
# run on a small copy of the data). When the budget ends the run before its
# last epoch, RESUME=1 on the same, still warm machine continues it from
# /tmp/run/checkpoint (the data is not unpacked again).
set -uo pipefail
G=${G:-.gpu}; DEV=${DEV:-cuda}; R=${OUT:-/tmp/out}
BUDGET=${BUDGET:-560}          # seconds this script may use in all
D=/tmp/cbdata
mkdir -p "$R" "$D"
exec > >(tee "$R/log.txt") 2>&1
START=$SECONDS
date -u; nproc
[ "$DEV" = cuda ] && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv 2>&1 | head -3
BIN=${BIN:-/tmp/codeberta-cuda}
if [ ! -x "$BIN" ]; then
  xz -dc "$G/codeberta.xz" > "$BIN" 2>/dev/null ||
    python3 -c 'import lzma,sys; sys.stdout.buffer.write(lzma.open(sys.argv[1]).read())' "$G/codeberta.xz" > "$BIN"
  chmod +x "$BIN"
fi
[ "$DEV" = cuda ] && source tools/cuda/find-libs.sh
"$BIN" --version || exit 1
if [ "${RESUME:-0}" = 1 ] && [ -d /tmp/run/checkpoint ] && [ -d "$D/data" ]; then
  set -- --resume
else
  set --
  tar xJf "$G/transformer-data.tar.xz" -C "$D" || exit 1
  echo "data unpacked at $(( SECONDS - START ))s"
fi
# What is left after unpacking, less a minute for the last epoch's
# validation, the bundle and the way back.
M=$(awk -v l="$(( BUDGET - (SECONDS - START) ))" 'BEGIN { m = (l - 60) / 60; if (m < 0.5) m = 0.5; printf "%.2f", m }')
echo "training gets --max-minutes $M"
source models/transformer-run.sh
train_transformer "$BIN" "$D/data" "$D/val" /tmp/run "$DEV" "$M" "$@"
echo "train exit $? at $(( SECONDS - START ))s"
tar czf "$R/run.tar.gz" --exclude=checkpoint -C /tmp run
ls -la "$R"
