#!/usr/bin/env bash
# Builds the extension into a .vsix: installs the locked npm dependencies if
# needed, compiles the TypeScript with tsc and packages with @vscode/vsce
# (offline). Usage: scripts/package.sh [OUT.vsix]
# (default: editors/vscode/codeberta-<version>.vsix). Prints the .vsix path.
set -euo pipefail
cd "$(dirname "$0")/.."
# Everything but the final path goes to stderr.
exec 3>&1 1>&2

if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.codeberta-lock; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.codeberta-lock
fi
rm -rf out
npx --no-install tsc -p .
version=$(node -p "require('./package.json').version")
out=${1:-codeberta-$version.vsix}
case $out in /*) ;; *) out="$(pwd)/$out" ;; esac
npx --no-install vsce package --out "$out" --allow-missing-repository --skip-license
echo "$out" >&3
