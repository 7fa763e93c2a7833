#!/usr/bin/env bash
set -euo pipefail

SRC="${1:-/srv/data}"
DEST="${2:-/mnt/backup}"
KEEP="${KEEP:-7}"
STAMP="$(date +%Y%m%d-%H%M%S)"
ARCHIVE="$DEST/data-$STAMP.tar.zst"

log() { printf '%s %s\n' "$(date -Is)" "$*"; }

[[ -d "$SRC" ]] || { log "source $SRC missing"; exit 1; }
mkdir -p "$DEST"

log "archiving $SRC -> $ARCHIVE"
tar --zstd -cf "$ARCHIVE.partial" -C "$(dirname "$SRC")" "$(basename "$SRC")"
mv "$ARCHIVE.partial" "$ARCHIVE"

mapfile -t old < <(ls -1t "$DEST"/data-*.tar.zst | tail -n +"$((KEEP + 1))")
for f in "${old[@]}"; do
  log "removing $f"
  rm -f -- "$f"
done
log "done ($(du -h "$ARCHIVE" | cut -f1))"
