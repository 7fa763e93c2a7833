# lowercase the extension of camera files in the current directory
for f in *.JPG *.MOV; do
  [ -e "$f" ] || continue
  ext=${f##*.}
  mv -n -- "$f" "${f%.*}.$(printf '%s' "$ext" | tr 'A-Z' 'a-z')"
done
