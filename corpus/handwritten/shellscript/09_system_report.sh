#!/usr/bin/env bash
# Prints a quick health report; meant to be run from cron and mailed.

hostname=$(hostname -f 2>/dev/null || hostname)
echo "=== $hostname  $(date '+%F %T') ==="
echo
echo "Uptime: $(uptime -p)"
echo "Load:   $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "--- Memory ---"
free -h | awk 'NR==1 || /Mem|Swap/'
echo

echo "--- Disks over 80% ---"
df -hP -x tmpfs -x devtmpfs | awk 'NR>1 { gsub("%","",$5); if ($5 > 80) printf "%-25s %4s%%  %s\n", $6, $5, $4 " free" }'
echo

echo "--- Failed units ---"
systemctl --failed --no-legend --plain | awk '{print $1}' | sed 's/^/  /' || true
echo

echo "--- Top 5 processes by memory ---"
ps -eo pid,comm,%mem,%cpu --sort=-%mem | head -n 6
echo

if command -v apt >/dev/null; then
  n=$(apt list --upgradable 2>/dev/null | grep -c upgradable)
  echo "Pending upgrades: $n"
fi

if [ -f /var/run/reboot-required ]; then
  echo "*** Reboot required ***"
fi
