# Source this on the GPU machine before running ./codeberta built with --features cuda:
#
#   source tools/cuda/find-libs.sh          # or: TORCH_VENV=/path/to/venv source ...
#   codeberta train --device cuda ...
#
# It prepends to LD_LIBRARY_PATH the folders of the CUDA 13 PyPI wheels in the
# torch venv (nvidia/cu13/lib, or nvidia/<pkg>/lib on older layouts) holding the
# libraries the binary needs, plus the folder of the driver's libcuda.so.1.
# Sourced, so it does not use `set -e`; it only prints warnings.

__cb_venv="${TORCH_VENV:-/opt/torch/.venv}"
__cb_dirs=""
__cb_add() {
  case ":$__cb_dirs:" in *":$1:"*) ;; *) __cb_dirs="${__cb_dirs:+$__cb_dirs:}$1" ;; esac
}

# Libraries the binary has as NEEDED (see `readelf -d codeberta`; libcublasLt
# comes in through libcublas). nvrtc is not NEEDED today: added if present.
for __cb_so in libcudart.so.13 libcublas.so.13 libcublasLt.so.13 libcurand.so.10 ?libnvrtc.so.13; do
  __cb_opt=""
  case "$__cb_so" in "?"*) __cb_opt=1; __cb_so="${__cb_so#?}" ;; esac
  __cb_hit="$(find "$__cb_venv" -path '*/nvidia/*' -name "$__cb_so" 2>/dev/null | sort | head -n 1)"
  if [ -z "$__cb_hit" ]; then
    # Anywhere else on the machine (another venv, a toolkit under /usr/local/cuda*)
    __cb_hit="$(find /opt /usr/local /usr/lib /usr/lib64 -name "$__cb_so" 2>/dev/null | grep -v '/stubs/' | sort | head -n 1)"
  fi
  if [ -n "$__cb_hit" ]; then
    __cb_add "$(dirname "$__cb_hit")"
  elif [ -z "$__cb_opt" ]; then
    echo "find-libs.sh: WARNING: $__cb_so not found (under $__cb_venv or /opt /usr)" >&2
  fi
done

# The driver's libcuda.so.1 (never the link-time stub from tools/cuda).
__cb_cuda=""
for __cb_d in /usr/local/nvidia/lib64 /usr/local/nvidia/lib /usr/lib/x86_64-linux-gnu /usr/lib64 /usr/lib; do
  if [ -e "$__cb_d/libcuda.so.1" ]; then __cb_cuda="$__cb_d"; break; fi
done
if [ -z "$__cb_cuda" ] && command -v ldconfig >/dev/null 2>&1; then
  __cb_hit="$(ldconfig -p 2>/dev/null | awk '/libcuda\.so\.1 /{print $NF; exit}')"
  [ -n "$__cb_hit" ] && __cb_cuda="$(dirname "$__cb_hit")"
fi
if [ -n "$__cb_cuda" ]; then
  __cb_add "$__cb_cuda"
else
  echo "find-libs.sh: WARNING: the driver's libcuda.so.1 not found (is the NVIDIA driver mounted?)" >&2
fi

export LD_LIBRARY_PATH="${__cb_dirs}${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
echo "find-libs.sh: LD_LIBRARY_PATH=$LD_LIBRARY_PATH" >&2

# If the binary sits next to this script, say whether the loader resolves everything.
__cb_bin="$(dirname "${BASH_SOURCE[0]:-$0}")/codeberta"
if [ -x "$__cb_bin" ] && command -v ldd >/dev/null 2>&1; then
  if ldd "$__cb_bin" | grep -q 'not found'; then
    echo "find-libs.sh: WARNING: unresolved libraries:" >&2
    ldd "$__cb_bin" | grep 'not found' >&2
  else
    echo "find-libs.sh: all libraries of $__cb_bin resolve" >&2
  fi
fi
unset __cb_venv __cb_dirs __cb_so __cb_opt __cb_hit __cb_cuda __cb_d __cb_bin
unset -f __cb_add
