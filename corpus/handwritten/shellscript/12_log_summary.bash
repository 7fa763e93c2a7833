# Summarise an nginx access log: status codes, top paths, top IPs, slow requests.

log=${1:-/var/log/nginx/access.log}
declare -A status_count
declare -A path_count
total=0

while IFS= read -r line; do
  read -r ip _ _ _ _ method path _ status _ <<< "$line"
  method=${method#\"}
  (( total++ ))
  (( status_count[$status]++ ))
  [[ $method == GET ]] && (( path_count[${path%%\?*}]++ ))
done < "$log"

echo "Requests: $total"
echo
echo "Status codes:"
for s in "${!status_count[@]}"; do
  printf '  %s  %6d  (%5.1f%%)\n' "$s" "${status_count[$s]}" "$(bc -l <<< "${status_count[$s]} * 100 / $total")"
done | sort

echo
echo "Top 10 GET paths:"
for p in "${!path_count[@]}"; do
  printf '%8d  %s\n' "${path_count[$p]}" "$p"
done | sort -rn | head -10

echo
echo "Top 5 client IPs:"
awk '{print $1}' "$log" | sort | uniq -c | sort -rn | head -5

# Slow requests: expects $request_time as the last field of the log format.
echo
echo "Slowest 10 requests (seconds):"
awk '{ t = $NF; if (t ~ /^[0-9.]+$/) print t, $7 }' "$log" | sort -rn | head -10 |
  while read -r t path; do
    printf '  %7.3f  %s\n' "$t" "$path"
  done

# Requests per hour, as a crude histogram
echo
echo "Requests per hour:"
awk '{ split($4, a, ":"); print a[2] }' "$log" | sort | uniq -c |
  while read -r n hour; do
    bar=$(printf '%*s' $(( n * 50 / total + 1 )) '' | tr ' ' '#')
    printf '  %s:00 %6d %s\n' "$hour" "$n" "$bar"
  done

# 5xx errors with the paths that caused them
errors=$(awk '$9 ~ /^5/' "$log" | wc -l)
if (( errors > 0 )); then
  echo
  echo "Server errors ($errors):"
  awk '$9 ~ /^5/ { print $9, $7 }' "$log" | sort | uniq -c | sort -rn | head -10
fi
