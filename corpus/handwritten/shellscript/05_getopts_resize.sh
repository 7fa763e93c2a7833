#!/bin/bash
# Batch-resize images with ImageMagick.
usage() {
  cat <<EOF
Usage: $(basename "$0") [-w WIDTH] [-q QUALITY] [-o OUTDIR] FILE...
  -w  max width in pixels (default 1600)
  -q  JPEG quality (default 82)
  -o  output directory (default ./resized)
EOF
  exit 1
}

width=1600
quality=82
outdir=./resized

while getopts ":w:q:o:h" opt; do
  case $opt in
    w) width=$OPTARG ;;
    q) quality=$OPTARG ;;
    o) outdir=$OPTARG ;;
    h|*) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] && usage

mkdir -p "$outdir"
count=0
for f in "$@"; do
  [ -f "$f" ] || { echo "skip: $f" >&2; continue; }
  name=$(basename "${f%.*}")
  convert "$f" -auto-orient -resize "${width}x>" -strip -quality "$quality" "$outdir/$name.jpg"
  count=$((count + 1))
done
echo "resized $count file(s) into $outdir"
