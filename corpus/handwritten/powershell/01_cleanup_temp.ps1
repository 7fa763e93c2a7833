$limit = (Get-Date).AddDays(-14)
Get-ChildItem -Path $env:TEMP -Recurse -File -ErrorAction SilentlyContinue |
    Where-Object { $_.LastWriteTime -lt $limit } |
    Remove-Item -Force -ErrorAction SilentlyContinue
Write-Host "Temp files older than $($limit.ToShortDateString()) removed."
