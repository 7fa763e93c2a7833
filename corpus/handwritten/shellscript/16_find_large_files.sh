find "${1:-.}" -xdev -type f -size +100M -printf '%s\t%p\n' 2>/dev/null \
  | sort -rn \
  | head -20 \
  | awk -F'\t' '{ printf "%8.1f MB  %s\n", $1/1048576, $2 }'
