#!/usr/bin/env bash
ns=${NAMESPACE:-staging}
kubectl -n "$ns" port-forward svc/postgres 5433:5432 >/dev/null &
pf1=$!
kubectl -n "$ns" port-forward svc/redis 6380:6379 >/dev/null &
pf2=$!
trap 'kill $pf1 $pf2 2>/dev/null' EXIT
echo "postgres on :5433, redis on :6380 (ctrl-c to stop)"
wait
