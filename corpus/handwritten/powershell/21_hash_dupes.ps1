param([string]$Path = '.')
Get-ChildItem $Path -Recurse -File |
    Group-Object Length | Where-Object Count -GT 1 |
    ForEach-Object { $_.Group | Get-FileHash -Algorithm SHA1 } |
    Group-Object Hash | Where-Object Count -GT 1 |
    ForEach-Object {
        "--- $($_.Name)"
        $_.Group.Path
    }
