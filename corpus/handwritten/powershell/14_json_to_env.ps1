$settings = Get-Content .\appsettings.Local.json -Raw | ConvertFrom-Json
foreach ($p in $settings.PSObject.Properties) {
    [Environment]::SetEnvironmentVariable($p.Name, [string]$p.Value, 'Process')
    Write-Verbose "set $($p.Name)" -Verbose
}
