#!/usr/bin/env bash
#
# Zero-downtime deploy: upload a release, switch the symlink, reload,
# roll back automatically if the health check fails.

set -Eeuo pipefail

APP=shopfront
HOSTS=(web1.internal web2.internal web3.internal)
BASE=/srv/$APP
KEEP_RELEASES=5
HEALTH_URL="http://127.0.0.1:8000/healthz"
RELEASE=$(date -u +%Y%m%d%H%M%S)

red()   { printf '\033[31m%s\033[0m\n' "$*"; }
green() { printf '\033[32m%s\033[0m\n' "$*"; }
info()  { printf '==> %s\n' "$*"; }

on_error() {
  red "deploy failed on line $1"
}
trap 'on_error $LINENO' ERR

usage() {
  cat <<USAGE
Usage: ${0##*/} [ARTIFACT] [--hosts h1,h2] [--dry-run]

Uploads ARTIFACT (default dist/$APP.tar.gz) to every host, activates it one
host at a time and rolls back the current host if its health check fails.
USAGE
}

DRY_RUN=0
args=()
while (( $# )); do
  case $1 in
    -h|--help) usage; exit 0 ;;
    --dry-run) DRY_RUN=1 ;;
    --hosts) IFS=, read -r -a HOSTS <<< "$2"; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done
ARTIFACT=${args[0]:-dist/$APP.tar.gz}

if (( DRY_RUN )); then
  remote() { echo "[dry-run] ssh deploy@$1 ${*:2}"; }
  scp() { echo "[dry-run] scp $*"; }
fi

[[ -f $ARTIFACT ]] || { red "artifact $ARTIFACT not found"; exit 1; }

checksum=$(sha256sum "$ARTIFACT" | cut -d' ' -f1)
info "artifact $ARTIFACT ($checksum)"

notify() {
  [[ -n ${SLACK_WEBHOOK:-} ]] || return 0
  curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"text\": \"$APP: $*\"}" "$SLACK_WEBHOOK" >/dev/null || true
}
notify "deploying release $RELEASE by ${USER:-unknown}"

remote() {
  local host=$1; shift
  ssh -o BatchMode=yes -o ConnectTimeout=5 "deploy@$host" "$@"
}

upload() {
  local host=$1
  info "[$host] uploading release $RELEASE"
  remote "$host" "mkdir -p $BASE/releases/$RELEASE"
  scp -q "$ARTIFACT" "deploy@$host:$BASE/releases/$RELEASE/app.tar.gz"
  remote "$host" "cd $BASE/releases/$RELEASE && tar xzf app.tar.gz && rm app.tar.gz"
  remote "$host" "ln -sfn $BASE/shared/.env $BASE/releases/$RELEASE/.env"
  remote "$host" "cd $BASE/releases/$RELEASE && ./bin/migrate --check"
}

activate() {
  local host=$1
  info "[$host] activating"
  remote "$host" "ln -sfn $BASE/releases/$RELEASE $BASE/current.tmp && mv -T $BASE/current.tmp $BASE/current"
  remote "$host" "sudo systemctl reload $APP"
}

healthy() {
  local host=$1 tries=10
  while (( tries-- > 0 )); do
    if remote "$host" "curl -fsS -o /dev/null $HEALTH_URL"; then
      return 0
    fi
    sleep 2
  done
  return 1
}

rollback() {
  local host=$1
  red "[$host] rolling back"
  local previous
  previous=$(remote "$host" "ls -1 $BASE/releases | sort | tail -n 2 | head -n 1")
  remote "$host" "ln -sfn $BASE/releases/$previous $BASE/current && sudo systemctl reload $APP"
}

cleanup() {
  local host=$1
  remote "$host" "cd $BASE/releases && ls -1 | sort | head -n -$KEEP_RELEASES | xargs -r rm -rf"
}

for h in "${HOSTS[@]}"; do
  upload "$h"
done

info "running migrations on ${HOSTS[0]}"
remote "${HOSTS[0]}" "cd $BASE/releases/$RELEASE && ./bin/migrate"

for h in "${HOSTS[@]}"; do
  activate "$h"
  if ! healthy "$h"; then
    rollback "$h"
    red "aborting deploy; remaining hosts untouched"
    notify "deploy of $RELEASE FAILED on $h, rolled back"
    exit 1
  fi
  green "[$h] healthy"
done

for h in "${HOSTS[@]}"; do
  cleanup "$h"
done

green "release $RELEASE is live on ${#HOSTS[@]} hosts"
notify "release $RELEASE is live"
