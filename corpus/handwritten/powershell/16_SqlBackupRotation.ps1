[CmdletBinding()]
param(
    [string]$Instance = 'localhost\SQLEXPRESS',
    [string]$BackupRoot = 'E:\SqlBackups',
    [int]$KeepDays = 10,
    [string[]]$Exclude = @('tempdb', 'model')
)

Import-Module SqlServer -ErrorAction Stop

$stamp = Get-Date -Format 'yyyyMMdd_HHmm'
$dbs = Get-SqlDatabase -ServerInstance $Instance | Where-Object { $_.Name -notin $Exclude }

foreach ($db in $dbs) {
    $dir = Join-Path $BackupRoot $db.Name
    if (-not (Test-Path $dir)) { New-Item -ItemType Directory -Path $dir | Out-Null }
    $file = Join-Path $dir "$($db.Name)_$stamp.bak"

    Write-Verbose "Backing up $($db.Name) -> $file"
    Backup-SqlDatabase -ServerInstance $Instance -Database $db.Name -BackupFile $file `
        -CompressionOption On -Checksum -Initialize

    Get-ChildItem $dir -Filter *.bak |
        Where-Object LastWriteTime -lt (Get-Date).AddDays(-$KeepDays) |
        ForEach-Object {
            Write-Verbose "Removing old backup $($_.Name)"
            Remove-Item $_.FullName
        }
}
