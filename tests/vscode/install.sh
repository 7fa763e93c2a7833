#!/usr/bin/env bash
# Installs code-server 4.100.3 and playwright-core under tests/vscode/node_modules
# from the committed package-lock.json, offline-safe: npm install scripts are
# skipped (they download ripgrep and prebuilt binaries from hosts we cannot
# reach), so their work is redone here: Debian's rg goes into @vscode/ripgrep,
# the native modules are rebuilt against the system Node headers, and the
# symlinks code-server's postinstall.sh would create are made. Idempotent: a
# stamp records the lock file it was done for.
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.codeberta-e2e-stamp
want=$(sha256sum package-lock.json | cut -d' ' -f1)-v1
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi

export npm_config_nodedir=/usr # Debian/NodeSource headers: no header download
export npm_config_build_from_source=true
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
# code-server's own native module (password hashing; loaded at start-up)
npm rebuild argon2 --loglevel=error >/dev/null

vs=node_modules/code-server/lib/vscode
(
  cd "$vs"
  npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  npm rebuild kerberos @vscode/spdlog native-watchdog @vscode/deviceid --loglevel=error >/dev/null
  # node-pty's postinstall wants `npx node-gyp`; build it with npm's node-gyp.
  gyp=$(dirname "$(dirname "$(realpath "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js
  (cd node_modules/node-pty && node "$gyp" rebuild --nodedir=/usr >/dev/null 2>&1)
  # what code-server's postinstall.sh does after installing
  ln -sfn node_modules node_modules.asar
  ln -sfn code-linux.sh bin/remote-cli/code-server
  ln -sfn browser-linux.sh bin/helpers/browser.sh
  cd extensions
  npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
)
node -e "require('./$vs/node_modules/node-pty'); require('./$vs/node_modules/@vscode/spdlog'); require('./node_modules/argon2')"
# (with throw-away XDG folders: code-server writes a default config and logs)
tmp=$(mktemp -d)
XDG_CONFIG_HOME=$tmp XDG_DATA_HOME=$tmp XDG_CACHE_HOME=$tmp node node_modules/code-server/out/node/entry.js --version >/dev/null
rm -rf "$tmp"
echo "$want" >"$stamp"
