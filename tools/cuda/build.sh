#!/usr/bin/env bash
# Release build of the `codeberta` CLI with --features cuda on a machine
# without a GPU, against the toolkit installed by tools/cuda/setup-toolkit.sh.
#
#   tools/cuda/build.sh [extra cargo args...]
#
# Environment (all optional):
#   CUDA_TOOLKIT_PREFIX  toolkit prefix (default /work/cuda-toolkit); set up if missing
#   CARGO_TARGET_DIR     target dir (default /work/target-cuda, kept apart from ./target)
#   CUDA_COMPUTE_CAP     GPU compute capability for the kernels (default 90: H100/H200)
#   STRIP_TO             if set, also write a stripped copy of the binary to this path
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
PREFIX="${CUDA_TOOLKIT_PREFIX:-/work/cuda-toolkit}"

if [[ ! -f "$PREFIX/env.sh" ]]; then
  "$here/setup-toolkit.sh" "$PREFIX" >/dev/null
fi
# shellcheck disable=SC1091
source "$PREFIX/env.sh"

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/work/target-cuda}"

echo "[build] nvcc: $(command -v nvcc) ($(nvcc --version | grep -o 'release [0-9.]*'))" >&2
echo "[build] CUDA_COMPUTE_CAP=$CUDA_COMPUTE_CAP CUDARC_CUDA_VERSION=$CUDARC_CUDA_VERSION CARGO_TARGET_DIR=$CARGO_TARGET_DIR" >&2

cd "$repo"
start=$(date +%s)
cargo build --release -p codeberta-cli --features cuda "$@"
echo "[build] cargo build took $(( $(date +%s) - start ))s" >&2

bin="$CARGO_TARGET_DIR/release/codeberta"
[[ -x "$bin" ]] || { echo "[build] no binary at $bin" >&2; exit 1; }

if [[ -n "${STRIP_TO:-}" ]]; then
  mkdir -p "$(dirname "$STRIP_TO")"
  cp "$bin" "$STRIP_TO.tmp"
  strip "$STRIP_TO.tmp"
  mv "$STRIP_TO.tmp" "$STRIP_TO"
  echo "[build] stripped copy: $STRIP_TO ($(stat -c %s "$STRIP_TO") bytes)" >&2
fi

echo "$bin"
