param([int]$Days = 30)

$now = Get-Date
Get-ChildItem Cert:\LocalMachine\My |
    Where-Object { $_.NotAfter -lt $now.AddDays($Days) } |
    Sort-Object NotAfter |
    Format-Table @{L='Subject';E={$_.Subject -replace '^CN=([^,]+).*','$1'}},
                 @{L='Expires';E={$_.NotAfter.ToString('yyyy-MM-dd')}},
                 @{L='DaysLeft';E={[int]($_.NotAfter - $now).TotalDays}},
                 Thumbprint -AutoSize
