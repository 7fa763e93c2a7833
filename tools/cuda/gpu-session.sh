#!/usr/bin/env bash
# One GPU session: (A) the original recipe's CodeBERTa-small-sized model on
# the eight original languages, bf16 vs f32 throughput and a frozen-base
# fine-tune; (B) the default model's transformer on the full corpus, to the
# time left. Everything small comes back under $OUT. Inputs in .gpu/: see
# tools/cuda/README.md. Run from the repository root:  bash tools/cuda/gpu-session.sh
# (G, BIN, DEV=cpu, D, BUDGET, AEPOCHS, BF16 override the defaults, e.g. for
# a CPU smoke run on a small copy of the data).
set -uo pipefail
G=${G:-.gpu}; BIN=${BIN:-$G/codeberta}; DEV=${DEV:-cuda}; R=${OUT:-/tmp/out}
BUDGET=${BUDGET:-540}          # seconds this script may use in all
AEPOCHS=${AEPOCHS:-2}
D=${D:-/tmp/cbdata}
mkdir -p "$R" "$D"
exec > >(tee "$R/log.txt") 2>&1
START=$SECONDS
left() { echo $(( BUDGET - (SECONDS - START) )); }
date -u; nproc; free -g | head -2
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv 2>&1 | head -3
if [ -f "$G/codeberta.xz" ] && [ ! -x "$BIN" ]; then
  BIN=/tmp/codeberta-cuda
  xz -dc "$G/codeberta.xz" > "$BIN" 2>/dev/null ||
    python3 -c 'import lzma,sys; sys.stdout.buffer.write(lzma.open(sys.argv[1]).read())' "$G/codeberta.xz" > "$BIN"
fi
[ "$DEV" = cuda ] && source tools/cuda/find-libs.sh
chmod +x "$BIN"
[ "$DEV" = cuda ] && ldd "$BIN" | grep -E "not found|cuda|cublas|curand"
"$BIN" --version || exit 1
[ -d "$D/eight" ] || tar xJf "$G/data.tar.xz" -C "$D" || exit 1
echo "data unpacked at $(( SECONDS - START ))s"
pack() { tar czf "$R/$1.tar.gz" --exclude=checkpoint --exclude='*.safetensors' --exclude=model.onnx -C /tmp "$1" 2>/dev/null; }
common=(--device "$DEV" --seed 42 --log-every 50)
# A1: CodeBERTa-small-sized (6x768, 52k vocab) from scratch, bf16 autocast.
"$BIN" train --data "$D/eight" --out /tmp/a1 --init scratch --arch models/arch/codeberta-small.json \
  --vocab-size 52000 --max-length 512 --batch-size 16 --epochs "$AEPOCHS" --learning-rate 1e-4 \
  --freeze-base-model false --precision "${BF16:-bf16}" --max-minutes 1.3 "${common[@]}"; echo "A1 exit $?"
pack a1; echo "A1 done at $(( SECONDS - START ))s"
# A2: the same, f32, one epoch: the throughput comparison.
timeout 150 "$BIN" train --data "$D/eight" --out /tmp/a2 --init scratch --arch models/arch/codeberta-small.json \
  --vocab-size 52000 --max-length 512 --batch-size 16 --epochs 1 --learning-rate 1e-4 \
  --freeze-base-model false --precision f32 "${common[@]}"
pack a2; echo "A2 done at $(( SECONDS - START ))s"
# A3: the original recipe's defaults on top of A1: frozen base, last 2 layers
# and the head trainable, lr 2e-5, 3 epochs, max_length 512, batch 16.
"$BIN" train --data "$D/eight" --out /tmp/a3 --model-name /tmp/a1 --max-minutes 1 "${common[@]}"
pack a3; echo "A3 done at $(( SECONDS - START ))s"
# B: the default model's transformer (tiny, warm-started from run d1).
M=$(awk -v l="$(left)" 'BEGIN { m = (l - 100) / 60; if (m < 0.5) m = 0.5; printf "%.2f", m }')
echo "B gets --max-minutes $M"
"$BIN" train --data "$D/bdata" --validation-data "$D/val" --out /tmp/b --model-name "$G/d1" \
  --max-length 128 --batch-size 128 --epochs 15 --learning-rate 5e-4 --warmup-ratio 0.05 \
  --freeze-base-model false --skip-license-header true --snippet-windows 4 \
  --early-stopping-patience 3 --precision f32 --max-minutes "$M" "${common[@]}"
echo "B exit $? at $(( SECONDS - START ))s"
tar czf "$R/b.tar.gz" --exclude=checkpoint -C /tmp b
ls -la "$R"
