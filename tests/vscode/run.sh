#!/usr/bin/env bash
# End-to-end test of the VS Code extension in a real VS Code: code-server
# (npm, VS Code 1.100.3) driven by Debian's Chromium through playwright-core.
# Installs what it needs (idempotent), packages editors/vscode into a .vsix
# with its one packaging script, installs it into a clean code-server and runs
# tests/vscode/e2e.mjs. Screenshots and logs go to tests/vscode/artifacts/.
#
# Env: CODEBERTA_LSP_BIN (server binary; default: cargo build --release),
#      CODEBERTA_MODEL (model bundle; default: models/default if present,
#      else a random tiny bundle from the test_bundle example).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
here=$root/tests/vscode

echo "-- system packages"
pkgs=(chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config g++ make python3 fonts-dejavu-core)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "-- code-server and playwright-core (npm)"
bash "$here/install.sh"

echo "-- server binary and model"
target=${CARGO_TARGET_DIR:-$root/target}
bin=${CODEBERTA_LSP_BIN:-}
if [ -z "$bin" ]; then
  cargo build --release -q -p codeberta-lsp --bin codeberta-lsp
  bin=$target/release/codeberta-lsp
fi
work=$(mktemp -d /tmp/codeberta-vscode-e2e.XXXXXX)
cleanup() {
  # The e2e driver stops code-server and Chromium itself; this is the backstop.
  if [ -f "$work/code-server.pid" ]; then kill -- "$(cat "$work/code-server.pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
model=${CODEBERTA_MODEL:-}
if [ -z "$model" ] && [ -f "$root/models/default/model.onnx" ]; then
  model=$root/models/default
fi
if [ -z "$model" ]; then
  cargo build --release -q -p codeberta-lsp --example test_bundle
  "$target/release/examples/test_bundle" "$work/bundle" 7 >/dev/null
  model=$work/bundle
fi
bin=$(realpath "$bin")
model=$(realpath "$model")
echo "server: $bin"
echo "model:  $model"

echo "-- package the extension"
vsix=$(bash "$root/editors/vscode/scripts/package.sh" "$work/codeberta.vsix" 2>"$work/package.log") || {
  cat "$work/package.log" >&2
  exit 1
}
echo "vsix:   $vsix ($(du -k "$vsix" | cut -f1) KiB)"

echo "-- extension unit tests"
(cd editors/vscode && node --test out/test/ >"$work/unit.log" 2>&1) || {
  cat "$work/unit.log" >&2
  exit 1
}
grep -E '^# (pass|fail)' "$work/unit.log"

echo "-- end-to-end test in code-server"
mkdir -p "$here/artifacts"
CODEBERTA_LSP_BIN=$bin CODEBERTA_MODEL=$model VSIX=$vsix E2E_WORK=$work \
  node "$here/e2e.mjs"
