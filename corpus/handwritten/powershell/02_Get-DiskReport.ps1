function Get-DiskReport {
    <#
    .SYNOPSIS
        Reports free space on fixed disks for one or more computers.
    .PARAMETER ComputerName
        Target machines. Defaults to the local computer.
    .PARAMETER ThresholdPercent
        Disks below this percentage of free space are flagged.
    .EXAMPLE
        Get-DiskReport -ComputerName SRV01,SRV02 -ThresholdPercent 15 | Format-Table
    #>
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('CN', 'Name')]
        [string[]]$ComputerName = $env:COMPUTERNAME,

        [ValidateRange(1, 99)]
        [int]$ThresholdPercent = 10
    )

    process {
        foreach ($computer in $ComputerName) {
            Write-Verbose "Querying $computer"
            try {
                $disks = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' -ComputerName $computer -ErrorAction Stop
            }
            catch {
                Write-Warning "Could not reach ${computer}: $($_.Exception.Message)"
                continue
            }

            foreach ($d in $disks) {
                $freePct = if ($d.Size) { [math]::Round(($d.FreeSpace / $d.Size) * 100, 1) } else { 0 }
                [PSCustomObject]@{
                    Computer    = $computer
                    Drive       = $d.DeviceID
                    Label       = $d.VolumeName
                    SizeGB      = [math]::Round($d.Size / 1GB, 1)
                    FreeGB      = [math]::Round($d.FreeSpace / 1GB, 1)
                    FreePercent = $freePct
                    Low         = $freePct -lt $ThresholdPercent
                }
            }
        }
    }
}
