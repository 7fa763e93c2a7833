Get-ChildItem -File | ForEach-Object {
    switch -Wildcard ($_.Extension) {
        '.jp*g' { $dest = 'Images' }
        '.png'  { $dest = 'Images' }
        '.pdf'  { $dest = 'Documents' }
        '.doc*' { $dest = 'Documents' }
        '.zip'  { $dest = 'Archives' }
        default { $dest = 'Other' }
    }
    if (-not (Test-Path $dest)) { mkdir $dest | Out-Null }
    Move-Item $_ -Destination $dest
}
