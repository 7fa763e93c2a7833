#!/usr/bin/env bash
# End-to-end tests of codeberta-lsp over stdio with pytest-lsp (real VS Code
# and Neovim capability snapshots). Creates/uses the venv at .venv, builds the
# release server and a random tiny model bundle, then runs pytest. The
# mismatch-diagnostic tests use the shipped models/default
# (CODEBERTA_DEFAULT_MODEL overrides).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/pip install -q -r tests/lsp/requirements.txt

cargo build --release -p codeberta-lsp --bin codeberta-lsp --example test_bundle
target=${CARGO_TARGET_DIR:-$root/target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$target/release/examples/test_bundle" "$work/bundle" 7 >/dev/null

export CODEBERTA_LSP_BIN="$target/release/codeberta-lsp"
export CODEBERTA_TEST_BUNDLE="$work/bundle"
export CODEBERTA_DEFAULT_MODEL=${CODEBERTA_DEFAULT_MODEL:-$root/models/default}
cd tests/lsp
exec "$root/.venv/bin/python" -m pytest -q "$@"
