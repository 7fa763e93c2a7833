<#
    Build and package script for the desktop client.
    Usage: .\build.ps1 -Configuration Release -Version 3.4.1 [-Sign] [-SkipTests]
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string]$Configuration = 'Debug',

    [Parameter(Mandatory)]
    [ValidatePattern('^\d+\.\d+\.\d+(-[\w.]+)?$')]
    [string]$Version,

    [switch]$Sign,
    [switch]$SkipTests,
    [string]$Runtime = 'win-x64'
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$artifacts = Join-Path $root 'artifacts'
$publishDir = Join-Path $artifacts "publish\$Runtime"
$solution = Join-Path $root 'src\Harbor.sln'

function Invoke-Step {
    param([string]$Name, [scriptblock]$Action)
    $sw = [Diagnostics.Stopwatch]::StartNew()
    Write-Host "==> $Name" -ForegroundColor Cyan
    & $Action
    if ($LASTEXITCODE -and $LASTEXITCODE -ne 0) {
        throw "$Name failed with exit code $LASTEXITCODE"
    }
    Write-Host ("    done in {0:n1}s" -f $sw.Elapsed.TotalSeconds) -ForegroundColor DarkGray
}

function Get-SignTool {
    $kits = Get-ChildItem 'C:\Program Files (x86)\Windows Kits\10\bin' -Directory |
        Sort-Object { [version]$_.Name } -Descending -ErrorAction SilentlyContinue
    foreach ($k in $kits) {
        $candidate = Join-Path $k.FullName 'x64\signtool.exe'
        if (Test-Path $candidate) { return $candidate }
    }
    throw 'signtool.exe not found; install the Windows SDK'
}

if (Test-Path $artifacts) {
    Remove-Item $artifacts -Recurse -Force
}
New-Item -ItemType Directory -Path $publishDir -Force | Out-Null

Invoke-Step 'Restore' {
    dotnet restore $solution --runtime $Runtime
}

Invoke-Step 'Build' {
    dotnet build $solution -c $Configuration --no-restore `
        -p:Version=$Version -p:ContinuousIntegrationBuild=true
}

if (-not $SkipTests) {
    Invoke-Step 'Test' {
        dotnet test $solution -c $Configuration --no-build `
            --logger "trx;LogFileName=tests.trx" --results-directory (Join-Path $artifacts 'tests')
    }
}

Invoke-Step 'Publish' {
    dotnet publish (Join-Path $root 'src\Harbor.App\Harbor.App.csproj') -c $Configuration `
        -r $Runtime --self-contained true -p:PublishSingleFile=true -p:Version=$Version -o $publishDir
}

if ($Sign) {
    $signtool = Get-SignTool
    $thumb = $env:HARBOR_CERT_THUMBPRINT
    if (-not $thumb) { throw 'HARBOR_CERT_THUMBPRINT is not set' }
    Invoke-Step 'Sign' {
        Get-ChildItem $publishDir -Filter *.exe | ForEach-Object {
            & $signtool sign /sha1 $thumb /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 $_.FullName
        }
    }
}

Invoke-Step 'Package' {
    $zip = Join-Path $artifacts "Harbor-$Version-$Runtime.zip"
    Compress-Archive -Path "$publishDir\*" -DestinationPath $zip -CompressionLevel Optimal
    $hash = (Get-FileHash $zip -Algorithm SHA256).Hash.ToLower()
    "$hash  $(Split-Path $zip -Leaf)" | Set-Content -Path "$zip.sha256" -Encoding ascii
}

Invoke-Step 'Release notes' {
    $previous = git describe --tags --abbrev=0 2>$null
    $range = if ($previous) { "$previous..HEAD" } else { 'HEAD' }
    $lines = git log $range --pretty=format:'%s' --no-merges |
        Where-Object { $_ -notmatch '^(chore|ci|test)(\(.+\))?:' } |
        ForEach-Object { "- $_" }
    $notes = @(
        "# Harbor $Version"
        ''
        "Built $(Get-Date -Format 'yyyy-MM-dd HH:mm') from $(git rev-parse --short HEAD)."
        ''
        '## Changes'
        ''
    ) + $lines
    $notes | Set-Content -Path (Join-Path $artifacts 'RELEASE_NOTES.md') -Encoding utf8
}

if ($env:HARBOR_DROP_SHARE) {
    Invoke-Step 'Copy to drop share' {
        $target = Join-Path $env:HARBOR_DROP_SHARE $Version
        New-Item -ItemType Directory -Path $target -Force | Out-Null
        Get-ChildItem $artifacts -File | Copy-Item -Destination $target -Force
        Write-Host "    copied to $target"
    }
}

$summary = Get-ChildItem $artifacts -File | Select-Object Name, @{ n = 'SizeMB'; e = { [math]::Round($_.Length / 1MB, 2) } }
$summary | Format-Table -AutoSize | Out-String | Write-Host

Write-Host "Build $Version ($Configuration, $Runtime) complete." -ForegroundColor Green
