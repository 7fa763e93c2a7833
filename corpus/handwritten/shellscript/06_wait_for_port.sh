host=${1:?host}
port=${2:?port}
timeout=${3:-30}
for i in $(seq "$timeout"); do
  if nc -z "$host" "$port" 2>/dev/null; then
    echo "$host:$port is up after ${i}s"
    exit 0
  fi
  sleep 1
done
echo "timed out waiting for $host:$port" >&2
exit 1
