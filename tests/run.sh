#!/usr/bin/env bash
# The whole test suite: Rust unit and integration tests, then every
# end-to-end suite under tests/<suite>/run.sh (LSP over stdio, editors).
# Each suite installs what it needs itself (Python venv, editors).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo test (workspace)"
cargo test --workspace --release

for suite in tests/*/run.sh; do
  [ -e "$suite" ] || continue
  echo "== $suite"
  bash "$suite"
done
echo "== all tests passed"
