#!/bin/sh
# Installer for the `tallyctl` binary.
set -e

REPO_URL="https://downloads.example.org/tallyctl"
VERSION="${TALLY_VERSION:-latest}"
PREFIX="${PREFIX:-/usr/local}"

say() {
    printf 'tally-install: %s\n' "$1"
}

die() {
    say "error: $1" >&2
    exit 1
}

need() {
    command -v "$1" >/dev/null 2>&1 || die "need '$1' (command not found)"
}

detect_platform() {
    os=$(uname -s)
    arch=$(uname -m)
    case "$os" in
        Linux) os=linux ;;
        Darwin) os=darwin ;;
        FreeBSD) os=freebsd ;;
        *) die "unsupported OS: $os" ;;
    esac
    case "$arch" in
        x86_64|amd64) arch=amd64 ;;
        aarch64|arm64) arch=arm64 ;;
        armv7l) arch=armv7 ;;
        *) die "unsupported architecture: $arch" ;;
    esac
    echo "${os}-${arch}"
}

download() {
    if command -v curl >/dev/null 2>&1; then
        curl -fsSL "$1" -o "$2"
    elif command -v wget >/dev/null 2>&1; then
        wget -q "$1" -O "$2"
    else
        die "need curl or wget"
    fi
}

uninstall() {
    for f in "$PREFIX/bin/tallyctl" \
             "$PREFIX/share/bash-completion/completions/tallyctl" \
             "$PREFIX/share/zsh/site-functions/_tallyctl"; do
        if [ -e "$f" ]; then
            say "removing $f"
            rm -f "$f" 2>/dev/null || sudo rm -f "$f"
        fi
    done
    say "uninstalled"
    exit 0
}

install_completions() {
    bin=$1
    for shell in bash zsh; do
        case $shell in
            bash) dir="$PREFIX/share/bash-completion/completions"; file=tallyctl ;;
            zsh) dir="$PREFIX/share/zsh/site-functions"; file=_tallyctl ;;
        esac
        if mkdir -p "$dir" 2>/dev/null && [ -w "$dir" ]; then
            "$bin" completions "$shell" > "$dir/$file" || say "could not write $shell completions"
        else
            say "skipping $shell completions ($dir not writable)"
        fi
    done
}

case "${1:-}" in
    --uninstall) uninstall ;;
    --help|-h)
        echo "usage: install.sh [--uninstall]"
        echo "env: TALLY_VERSION (default latest), PREFIX (default /usr/local)"
        exit 0
        ;;
esac

need uname
need tar
platform=$(detect_platform)
tmp=$(mktemp -d 2>/dev/null || mktemp -d -t tally)
trap 'rm -rf "$tmp"' EXIT INT TERM

url="$REPO_URL/$VERSION/tallyctl-$platform.tar.gz"
say "downloading $url"
download "$url" "$tmp/tally.tar.gz"
download "$url.sha256" "$tmp/tally.tar.gz.sha256"

expected=$(cut -d' ' -f1 < "$tmp/tally.tar.gz.sha256")
if command -v sha256sum >/dev/null 2>&1; then
    actual=$(sha256sum "$tmp/tally.tar.gz" | cut -d' ' -f1)
else
    actual=$(shasum -a 256 "$tmp/tally.tar.gz" | cut -d' ' -f1)
fi
[ "$expected" = "$actual" ] || die "checksum mismatch"

tar -xzf "$tmp/tally.tar.gz" -C "$tmp"

if [ -w "$PREFIX/bin" ]; then
    install -m 0755 "$tmp/tallyctl" "$PREFIX/bin/tallyctl"
else
    say "need root to write to $PREFIX/bin"
    sudo install -m 0755 "$tmp/tallyctl" "$PREFIX/bin/tallyctl"
fi

install_completions "$PREFIX/bin/tallyctl"
say "installed $("$PREFIX/bin/tallyctl" --version)"
