# shellcheck shell=bash
# common helpers, source from other scripts

is_interactive() { [[ -t 1 ]]; }

if is_interactive; then
  C_RESET=$'\e[0m'; C_RED=$'\e[31m'; C_YELLOW=$'\e[33m'; C_BLUE=$'\e[34m'
else
  C_RESET=; C_RED=; C_YELLOW=; C_BLUE=
fi

log_info()  { echo "${C_BLUE}[info]${C_RESET} $*"; }
log_warn()  { echo "${C_YELLOW}[warn]${C_RESET} $*" >&2; }
log_error() { echo "${C_RED}[error]${C_RESET} $*" >&2; }

confirm() {
  local prompt=${1:-"Continue?"} reply
  read -r -p "$prompt [y/N] " reply
  [[ $reply =~ ^[Yy]$ ]]
}

retry() {
  local attempts=$1 delay=$2; shift 2
  local n=1
  until "$@"; do
    if (( n >= attempts )); then
      log_error "command failed after $n attempts: $*"
      return 1
    fi
    log_warn "attempt $n failed, retrying in ${delay}s"
    sleep "$delay"
    (( n++ ))
    delay=$(( delay * 2 ))
  done
}

require_cmd() {
  local missing=()
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || missing+=("$c")
  done
  if (( ${#missing[@]} )); then
    log_error "missing commands: ${missing[*]}"
    exit 127
  fi
}

join_by() { local IFS=$1; shift; echo "$*"; }

# --- temp files & cleanup -------------------------------------------------

_CLEANUP_ITEMS=()

cleanup_register() { _CLEANUP_ITEMS+=("$@"); }

_run_cleanup() {
  local item
  for item in "${_CLEANUP_ITEMS[@]}"; do
    [[ -e $item ]] && rm -rf -- "$item"
  done
}
trap _run_cleanup EXIT

make_tmpdir() {
  local d
  d=$(mktemp -d "${TMPDIR:-/tmp}/${0##*/}.XXXXXX") || return 1
  cleanup_register "$d"
  printf '%s\n' "$d"
}

# --- locking ----------------------------------------------------------------

with_lock() {
  local lockfile=$1; shift
  exec {lock_fd}>"$lockfile" || return 1
  if ! flock -n "$lock_fd"; then
    log_error "another instance holds $lockfile"
    return 1
  fi
  "$@"
  local rc=$?
  flock -u "$lock_fd"
  return $rc
}

# --- versions ---------------------------------------------------------------

# version_ge 1.10.2 1.9.0  -> true
version_ge() {
  [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" == "$2" ]]
}

# --- progress -----------------------------------------------------------------

spinner() {
  local pid=$1 msg=${2:-working} i=0
  local frames='|/-\'
  is_interactive || { wait "$pid"; return; }
  while kill -0 "$pid" 2>/dev/null; do
    printf '\r%s %s' "${frames:i++%4:1}" "$msg"
    sleep 0.1
  done
  printf '\r\033[K'
  wait "$pid"
}

# --- misc -------------------------------------------------------------------

trim() {
  local s=$1
  s=${s#"${s%%[![:space:]]*}"}
  s=${s%"${s##*[![:space:]]}"}
  printf '%s' "$s"
}

human_bytes() {
  local b=$1 units=(B KiB MiB GiB TiB) i=0
  while (( b >= 1024 && i < ${#units[@]} - 1 )); do
    b=$(( b / 1024 ))
    (( i++ ))
  done
  printf '%d %s\n' "$b" "${units[i]}"
}
