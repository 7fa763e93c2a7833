#!/bin/sh
# refuse to push WIP commits or directly to main
remote="$1"
z40=0000000000000000000000000000000000000000

while read local_ref local_sha remote_ref remote_sha; do
    if [ "$remote_ref" = "refs/heads/main" ]; then
        echo "Direct pushes to main are not allowed. Open a merge request." >&2
        exit 1
    fi
    [ "$local_sha" = "$z40" ] && continue
    if [ "$remote_sha" = "$z40" ]; then
        range="$local_sha"
    else
        range="$remote_sha..$local_sha"
    fi
    wip=$(git rev-list -n 1 --grep '^WIP' "$range")
    if [ -n "$wip" ]; then
        echo "Found WIP commit $wip in $local_ref, not pushing." >&2
        exit 1
    fi
done
exit 0
