using namespace System.Collections.Generic

enum Severity {
    Debug
    Info
    Warning
    Error
    Fatal
}

class LogEntry {
    [datetime]$Timestamp
    [Severity]$Level
    [string]$Source
    [string]$Message

    LogEntry([string]$line) {
        if ($line -notmatch '^(?<ts>\S+ \S+) \[(?<lvl>\w+)\] (?<src>[\w.]+): (?<msg>.*)$') {
            throw [FormatException]::new("Unparseable line: $line")
        }
        $this.Timestamp = [datetime]::ParseExact($Matches.ts, 'yyyy-MM-dd HH:mm:ss.fff', $null)
        $this.Level = [Severity]$Matches.lvl
        $this.Source = $Matches.src
        $this.Message = $Matches.msg
    }

    [string] ToString() {
        return '{0:u} {1,-7} {2}' -f $this.Timestamp, $this.Level, $this.Message
    }
}

function Read-AppLog {
    [CmdletBinding()]
    [OutputType([LogEntry])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [System.IO.FileInfo]$File,
        [Severity]$MinimumLevel = [Severity]::Info
    )
    process {
        $reader = [System.IO.StreamReader]::new($File.FullName)
        try {
            while ($null -ne ($line = $reader.ReadLine())) {
                if ([string]::IsNullOrWhiteSpace($line)) { continue }
                try {
                    $entry = [LogEntry]::new($line)
                } catch {
                    Write-Debug $_
                    continue
                }
                if ($entry.Level -ge $MinimumLevel) { $entry }
            }
        }
        finally {
            $reader.Dispose()
        }
    }
}

function Measure-LogLevel {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][LogEntry]$Entry)
    begin { $counts = [Dictionary[string, int]]::new() }
    process {
        $key = "$($Entry.Source)/$($Entry.Level)"
        if ($counts.ContainsKey($key)) { $counts[$key]++ } else { $counts[$key] = 1 }
    }
    end {
        $counts.GetEnumerator() | Sort-Object Value -Descending |
            Select-Object @{n = 'Key'; e = { $_.Key } }, @{n = 'Count'; e = { $_.Value } }
    }
}

Export-ModuleMember -Function Read-AppLog, Measure-LogLevel

function Watch-AppLog {
    <#
    .SYNOPSIS
        Follows a log file and emits new entries as they are written.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Path,
        [Severity]$MinimumLevel = [Severity]::Warning,
        [int]$PollMilliseconds = 500
    )
    $stream = [System.IO.File]::Open($Path, 'Open', 'Read', 'ReadWrite')
    $reader = [System.IO.StreamReader]::new($stream)
    try {
        [void]$reader.ReadToEnd()
        while ($true) {
            $line = $reader.ReadLine()
            if ($null -eq $line) {
                Start-Sleep -Milliseconds $PollMilliseconds
                continue
            }
            try { $entry = [LogEntry]::new($line) } catch { continue }
            if ($entry.Level -ge $MinimumLevel) {
                $colour = switch ($entry.Level) {
                    'Warning' { 'Yellow' }
                    'Error' { 'Red' }
                    'Fatal' { 'Magenta' }
                    default { 'Gray' }
                }
                Write-Host $entry.ToString() -ForegroundColor $colour
            }
        }
    }
    finally {
        $reader.Dispose()
        $stream.Dispose()
    }
}

function Export-LogSummary {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Directory,
        [Parameter(Mandatory)][string]$OutFile,
        [datetime]$Since = (Get-Date).AddDays(-1)
    )
    $entries = Get-ChildItem $Directory -Filter *.log |
        Where-Object LastWriteTime -ge $Since |
        Read-AppLog -MinimumLevel Warning |
        Where-Object Timestamp -ge $Since
    $entries | Measure-LogLevel | Export-Csv -Path $OutFile -NoTypeInformation
    Write-Verbose "Wrote $(@($entries).Count) entries to $OutFile"
}

Export-ModuleMember -Function Watch-AppLog, Export-LogSummary
