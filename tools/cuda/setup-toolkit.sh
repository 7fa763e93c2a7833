#!/usr/bin/env bash
# Install the pieces of the CUDA 13.0 toolkit that `--features cuda` needs at
# build time, from PyPI wheels, into a prefix outside the repository.
#
#   tools/cuda/setup-toolkit.sh [PREFIX]      (default: $CUDA_TOOLKIT_PREFIX or /work/cuda-toolkit)
#
# Result (idempotent; rerunning only redoes what is missing):
#   PREFIX/site/nvidia/cu13/        nvcc, ptxas, cicc, headers, versioned .so (the wheels' own layout)
#   PREFIX/lib64/                   link-time symlinks: libcudart.so, libcublas.so, ... -> the wheels
#   PREFIX/lib64/stubs/libcuda.so   link-time stub of the driver library (SONAME libcuda.so.1)
#   PREFIX/env.sh                   the environment exports; build.sh sources it
#
# Versions are pinned to the CUDA 13.0 series: the GPU machine has driver 580
# (CUDA 13.0) and nvcc 13.0. PTX produced by a newer nvcc (13.1+) carries a PTX
# ISA that a 13.0 driver refuses to JIT, so do not bump nvcc past 13.0.x
# unless the driver there is upgraded too.
set -euo pipefail

PREFIX="${1:-${CUDA_TOOLKIT_PREFIX:-/work/cuda-toolkit}}"
PYTHON="${PYTHON:-python3}"

# name==version, one a line. cudart/cublas/curand/nvrtc are needed only to link
# (the binary uses them by SONAME: libcudart.so.13, libcublas.so.13,
# libcublasLt.so.13, libcurand.so.10, libnvrtc.so.13); the GPU machine supplies
# its own copies at run time.
PINS=(
  nvidia-cuda-nvcc==13.0.88      # nvcc, ptxas, fatbinary, nvlink
  nvidia-cuda-crt==13.0.88       # crt/ headers nvcc needs
  nvidia-nvvm==13.0.88           # cicc + libdevice
  nvidia-cuda-runtime==13.0.96   # cuda_runtime.h, cuda.h, cuda_fp16.h, libcudart.so.13
  nvidia-cuda-cccl==13.0.85      # cub/thrust/libcu++ headers (include/cccl)
  nvidia-cuda-nvrtc==13.0.88     # libnvrtc.so.13
  nvidia-cublas==13.0.2.14       # libcublas.so.13, libcublasLt.so.13 (~420 MB wheel)
  nvidia-curand==10.4.0.35       # libcurand.so.10
)

mkdir -p "$PREFIX"
PREFIX="$(cd "$PREFIX" && pwd)"
SITE="$PREFIX/site"
CUDA_HOME_DIR="$SITE/nvidia/cu13"
LIB="$PREFIX/lib64"
STUBS="$LIB/stubs"
STAMP="$PREFIX/.pins"

log() { printf '[setup-toolkit] %s\n' "$*" >&2; }

# 1. Wheels -------------------------------------------------------------------
want="$(printf '%s\n' "${PINS[@]}" | sed 's/[[:space:]]*#.*//')"
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" && -x "$CUDA_HOME_DIR/bin/nvcc" ]]; then
  log "wheels already installed in $SITE"
else
  log "installing CUDA 13.0 wheels into $SITE"
  rm -rf "$SITE"
  # --target keeps the executable bits on nvcc/ptxas/cicc (unzip does not).
  # shellcheck disable=SC2086
  "$PYTHON" -m pip install --no-deps --only-binary=:all: --no-compile \
    --target "$SITE" $want
  printf '%s\n' "$want" > "$STAMP"
fi

[[ -x "$CUDA_HOME_DIR/bin/nvcc" ]] || { log "nvcc missing at $CUDA_HOME_DIR/bin/nvcc"; exit 1; }

# nvcc.profile adds -I$(TOP)/$(_TARGET_DIR_)/include; the wheels have no
# targets/ tree, so point targets/x86_64-linux back at the top.
if [[ ! -e "$CUDA_HOME_DIR/targets/x86_64-linux" ]]; then
  mkdir -p "$CUDA_HOME_DIR/targets"
  ln -sfn ../ "$CUDA_HOME_DIR/targets/x86_64-linux"
fi

# 2. Link-time library dir -----------------------------------------------------
# The wheels ship only versioned files (libcublas.so.13); `-lcublas` needs
# libcublas.so. Link both names so this dir is self-contained (libcublas.so.13
# needs libcublasLt.so.13 next to it when ld checks it).
mkdir -p "$LIB" "$STUBS"
shopt -s nullglob
for f in "$CUDA_HOME_DIR"/lib/lib*.so.*; do
  base="$(basename "$f")"                 # libcublas.so.13 / libnvrtc-builtins.so.13.0
  ln -sfn "$f" "$LIB/$base"
  ln -sfn "$base" "$LIB/${base%%.so.*}.so"  # libcublas.so -> libcublas.so.13
done
shopt -u nullglob
for l in cudart cublas cublasLt curand nvrtc; do
  [[ -e "$LIB/lib$l.so" ]] || { log "missing $LIB/lib$l.so"; exit 1; }
done

# 3. libcuda stub ----------------------------------------------------------------
# libcuda.so.1 is the driver and is not on PyPI. Build a stub exporting every
# cu* entry point named in cuda.h (declared names and the _v2/_v3/_ptds names
# they are #defined to) so `-lcuda` resolves. Every stub returns
# CUDA_ERROR_NO_DEVICE (100); cuGetErrorString/Name return a message, so a
# program run against it here fails cleanly. Never ship it to the GPU machine:
# there the real driver's libcuda.so.1 must be used.
STUB_SRC="$STUBS/libcuda_stub.c"
if [[ ! -f "$STUBS/libcuda.so" || "$CUDA_HOME_DIR/include/cuda.h" -nt "$STUBS/libcuda.so" ]]; then
  log "building libcuda stub"
  names="$(
    {
      grep -oE 'CUresult[[:space:]]+CUDAAPI[[:space:]]+cu[A-Za-z0-9_]+' "$CUDA_HOME_DIR/include/cuda.h" | awk '{print $NF}'
      grep -E '^[[:space:]]*#[[:space:]]*define[[:space:]]+cu[A-Za-z0-9_]+[[:space:]]+cu[A-Za-z0-9_]+[[:space:]]*$' "$CUDA_HOME_DIR/include/cuda.h" \
        | awk '{print $(NF-1); print $NF}'
      # cudarc's own list, when its source is in the cargo registry (superset, all versions)
      for f in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/cudarc-*/src/driver/sys/mod.rs; do
        [[ -f "$f" ]] && grep -oE 'load::<_F>\("cu[A-Za-z0-9_]+"\)' "$f" | sed -E 's/.*"(cu[A-Za-z0-9_]+)".*/\1/'
      done
    } | grep -vE '^(cuGetErrorString|cuGetErrorName)$' | sort -u
  )"
  {
    echo '/* generated by tools/cuda/setup-toolkit.sh: link-time stub of libcuda.so.1 */'
    echo 'static const char no_driver[] = "CUDA driver stub (libcuda stub from tools/cuda): no NVIDIA driver/GPU";'
    echo 'int cuGetErrorString(int e, const char **s) { (void)e; if (s) *s = no_driver; return 0; }'
    echo 'int cuGetErrorName(int e, const char **s) { (void)e; if (s) *s = "CUDA_ERROR_NO_DEVICE"; return 0; }'
    while IFS= read -r n; do
      [[ -n "$n" ]] && echo "int $n(void) { return 100; }"
    done <<< "$names"
  } > "$STUB_SRC"
  gcc -shared -fPIC -O1 -Wl,-soname,libcuda.so.1 -o "$STUBS/libcuda.so" "$STUB_SRC"
  ln -sfn libcuda.so "$STUBS/libcuda.so.1"
  log "stub exports $(( $(wc -l <<< "$names") + 2 )) symbols"
fi

# 4. env.sh --------------------------------------------------------------------
cat > "$PREFIX/env.sh" <<EOF
# generated by tools/cuda/setup-toolkit.sh; source before building with --features cuda
export CUDA_TOOLKIT_PREFIX="$PREFIX"
export CUDA_HOME="$CUDA_HOME_DIR"       # nvcc + headers (cudaforge, nvcc.profile)
export CUDA_PATH="\$CUDA_HOME"
export CUDA_ROOT="$PREFIX"             # cudarc adds CUDA_ROOT/lib64 and lib64/stubs to the link search
export PATH="\$CUDA_HOME/bin:\$PATH"
export LIBRARY_PATH="$LIB:$STUBS\${LIBRARY_PATH:+:\$LIBRARY_PATH}"
export CUDA_COMPUTE_CAP="\${CUDA_COMPUTE_CAP:-90}"     # H100/H200 (Hopper); no nvidia-smi here
export CUDARC_CUDA_VERSION="\${CUDARC_CUDA_VERSION:-13000}"
export NVCC_CCBIN="\${NVCC_CCBIN:-\$(command -v g++)}"
EOF

log "nvcc: $("$CUDA_HOME_DIR/bin/nvcc" --version | tail -2 | head -1)"
log "done. To build by hand:"
echo "source '$PREFIX/env.sh'"
cat "$PREFIX/env.sh" | grep '^export'
