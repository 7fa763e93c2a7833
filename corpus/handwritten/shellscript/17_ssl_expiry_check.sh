warn_days=21
status=0
while read -r host; do
  [[ -z $host || $host == \#* ]] && continue
  end=$(echo | openssl s_client -servername "$host" -connect "$host:443" 2>/dev/null \
        | openssl x509 -noout -enddate 2>/dev/null | cut -d= -f2)
  if [[ -z $end ]]; then
    echo "UNKNOWN  $host"
    status=2
    continue
  fi
  days=$(( ( $(date -d "$end" +%s) - $(date +%s) ) / 86400 ))
  if (( days < warn_days )); then
    echo "WARN     $host expires in $days days"
    status=1
  else
    echo "OK       $host ($days days)"
  fi
done < "${1:-hosts.txt}"
exit $status
