#!/usr/bin/env bash
# Watch an inbox directory and convert incoming audio files to FLAC.
shopt -s nullglob
inbox=/srv/audio/inbox
done_dir=/srv/audio/done
failed=/srv/audio/failed
mkdir -p "$done_dir" "$failed"

process() {
  local f=$1 base out
  base=$(basename "$f")
  out="$done_dir/${base%.*}.flac"
  if ffmpeg -nostdin -loglevel error -i "$f" -c:a flac -compression_level 8 "$out"; then
    rm -f -- "$f"
    echo "$(date +%T) ok   $base"
  else
    mv -- "$f" "$failed/"
    echo "$(date +%T) FAIL $base" >&2
  fi
}

for f in "$inbox"/*.{wav,aiff,mp3}; do process "$f"; done

inotifywait -m -e close_write -e moved_to --format '%w%f' "$inbox" | while read -r path; do
  case $path in
    *.wav|*.aiff|*.mp3) process "$path" ;;
  esac
done
