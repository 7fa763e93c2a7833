$computers = Get-Content .\servers.txt | Where-Object { $_ -and -not $_.StartsWith('#') }

$rows = foreach ($c in $computers) {
    try {
        $os = Get-CimInstance Win32_OperatingSystem -ComputerName $c -ErrorAction Stop
        $cs = Get-CimInstance Win32_ComputerSystem -ComputerName $c
        $bios = Get-CimInstance Win32_BIOS -ComputerName $c
        [pscustomobject]@{
            Name      = $c
            OS        = $os.Caption
            Build     = $os.BuildNumber
            Uptime    = '{0:dd\.hh\:mm}' -f ((Get-Date) - $os.LastBootUpTime)
            RAMGB     = [math]::Round($cs.TotalPhysicalMemory / 1GB)
            Model     = $cs.Model
            Serial    = $bios.SerialNumber
            Status    = 'OK'
        }
    } catch {
        [pscustomobject]@{ Name = $c; Status = 'Unreachable' }
    }
}

$css = @'
<style>
body { font-family: Segoe UI, sans-serif; font-size: 13px; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 4px 8px; }
th { background: #eee; }
</style>
'@

$rows | ConvertTo-Html -Head $css -Title 'Server inventory' -PreContent "<h1>Inventory $(Get-Date -Format d)</h1>" |
    Out-File -FilePath .\inventory.html -Encoding utf8
Invoke-Item .\inventory.html
