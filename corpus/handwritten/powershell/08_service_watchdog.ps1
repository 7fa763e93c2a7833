$services = 'Spooler', 'W32Time', 'MSSQL$REPORTING'
foreach ($name in $services) {
    $svc = Get-Service -Name $name -ErrorAction SilentlyContinue
    if (-not $svc) { Write-EventLog -LogName Application -Source Watchdog -EventId 404 -Message "$name missing"; continue }
    if ($svc.Status -ne 'Running') {
        Start-Service $name
        Write-EventLog -LogName Application -Source Watchdog -EventId 100 -EntryType Warning -Message "Restarted $name"
    }
}
