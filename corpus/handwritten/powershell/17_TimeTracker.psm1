$script:DataFile = Join-Path $env:APPDATA 'TimeTracker\entries.json'
$script:Entries = $null

function Initialize-Store {
    if ($null -ne $script:Entries) { return }
    $dir = Split-Path $script:DataFile
    if (-not (Test-Path $dir)) { New-Item -ItemType Directory -Path $dir | Out-Null }
    if (Test-Path $script:DataFile) {
        $script:Entries = [System.Collections.ArrayList]@(Get-Content $script:DataFile -Raw | ConvertFrom-Json)
    }
    else {
        $script:Entries = [System.Collections.ArrayList]::new()
    }
}

function Save-Store {
    $script:Entries | ConvertTo-Json -Depth 4 | Set-Content -Path $script:DataFile -Encoding UTF8
}

function Start-Timer {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)][string]$Project,
        [Parameter(Position = 1)][string]$Note = ''
    )
    Initialize-Store
    $running = $script:Entries | Where-Object { -not $_.End }
    if ($running) {
        Write-Warning "Stopping running timer for '$($running.Project)'"
        Stop-Timer
    }
    $entry = [ordered]@{
        Id      = [guid]::NewGuid().ToString('n').Substring(0, 8)
        Project = $Project
        Note    = $Note
        Start   = (Get-Date).ToString('o')
        End     = $null
    }
    [void]$script:Entries.Add([pscustomobject]$entry)
    Save-Store
    Write-Host "Started $Project at $(Get-Date -Format t)"
}

function Stop-Timer {
    [CmdletBinding()]
    param()
    Initialize-Store
    $running = $script:Entries | Where-Object { -not $_.End } | Select-Object -First 1
    if (-not $running) {
        Write-Warning 'No timer is running.'
        return
    }
    $running.End = (Get-Date).ToString('o')
    Save-Store
    $span = [datetime]$running.End - [datetime]$running.Start
    Write-Host ("Stopped {0} after {1:hh\:mm}" -f $running.Project, $span)
}

function Get-TimeEntry {
    [CmdletBinding(DefaultParameterSetName = 'Range')]
    param(
        [Parameter(ParameterSetName = 'Range')][datetime]$From = (Get-Date).Date.AddDays(-7),
        [Parameter(ParameterSetName = 'Range')][datetime]$To = (Get-Date),
        [Parameter(ParameterSetName = 'Today')][switch]$Today,
        [string]$Project
    )
    Initialize-Store
    if ($PSCmdlet.ParameterSetName -eq 'Today') {
        $From = (Get-Date).Date
        $To = $From.AddDays(1)
    }
    foreach ($e in $script:Entries) {
        $start = [datetime]$e.Start
        if ($start -lt $From -or $start -gt $To) { continue }
        if ($Project -and $e.Project -notlike $Project) { continue }
        $end = if ($e.End) { [datetime]$e.End } else { Get-Date }
        [pscustomobject]@{
            PSTypeName = 'TimeTracker.Entry'
            Id         = $e.Id
            Project    = $e.Project
            Note       = $e.Note
            Start      = $start
            End        = $end
            Duration   = $end - $start
            Running    = -not $e.End
        }
    }
}

function Get-TimeSummary {
    [CmdletBinding()]
    param(
        [datetime]$From = (Get-Date).Date.AddDays(-((Get-Date).DayOfWeek.value__ + 6) % 7),
        [datetime]$To = (Get-Date),
        [ValidateSet('Project', 'Day')][string]$GroupBy = 'Project'
    )
    $entries = Get-TimeEntry -From $From -To $To
    $key = if ($GroupBy -eq 'Day') { { $_.Start.ToString('yyyy-MM-dd ddd') } } else { { $_.Project } }
    $entries | Group-Object -Property $key | ForEach-Object {
        $total = [timespan]::Zero
        $_.Group | ForEach-Object { $total += $_.Duration }
        [pscustomobject]@{
            $GroupBy = $_.Name
            Entries  = $_.Count
            Hours    = [math]::Round($total.TotalHours, 2)
        }
    } | Sort-Object Hours -Descending
}

function Remove-TimeEntry {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([Parameter(Mandatory, ValueFromPipelineByPropertyName)][string]$Id)
    begin { Initialize-Store }
    process {
        $match = $script:Entries | Where-Object Id -EQ $Id
        if (-not $match) { Write-Error "No entry with id $Id"; return }
        if ($PSCmdlet.ShouldProcess("$($match.Project) @ $($match.Start)", 'Remove')) {
            $script:Entries.Remove($match)
        }
    }
    end { Save-Store }
}

function Export-TimeSheet {
    param(
        [Parameter(Mandatory)][string]$Path,
        [datetime]$From = (Get-Date).Date.AddDays(-30)
    )
    Get-TimeEntry -From $From |
        Select-Object Project, Note,
            @{ n = 'Date'; e = { $_.Start.ToString('yyyy-MM-dd') } },
            @{ n = 'Start'; e = { $_.Start.ToString('HH:mm') } },
            @{ n = 'End'; e = { $_.End.ToString('HH:mm') } },
            @{ n = 'Hours'; e = { '{0:n2}' -f $_.Duration.TotalHours } } |
        Export-Csv -Path $Path -NoTypeInformation -Delimiter ';' -Encoding UTF8
    Write-Host "Exported to $Path"
}

Set-Alias -Name tstart -Value Start-Timer
Set-Alias -Name tstop -Value Stop-Timer

Export-ModuleMember -Function Start-Timer, Stop-Timer, Get-TimeEntry, Get-TimeSummary, Remove-TimeEntry, Export-TimeSheet `
    -Alias tstart, tstop
