#Requires -Modules ActiveDirectory
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path $_ -PathType Leaf })]
    [string]$CsvPath,

    [string]$OU = 'OU=Staff,OU=Users,DC=corp,DC=example,DC=com',

    [switch]$SendWelcomeMail
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function New-RandomPassword {
    param([int]$Length = 16)
    $chars = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%+=?'.ToCharArray()
    -join (1..$Length | ForEach-Object { $chars | Get-Random })
}

$rows = Import-Csv -Path $CsvPath -Delimiter ';'
$created = [System.Collections.Generic.List[object]]::new()

foreach ($row in $rows) {
    $sam = ('{0}.{1}' -f $row.FirstName, $row.LastName).ToLower() -replace '[^a-z.]', ''
    if (Get-ADUser -Filter "SamAccountName -eq '$sam'" -ErrorAction SilentlyContinue) {
        Write-Warning "$sam already exists, skipping"
        continue
    }

    $plain = New-RandomPassword
    $params = @{
        Name                  = "$($row.FirstName) $($row.LastName)"
        GivenName             = $row.FirstName
        Surname               = $row.LastName
        SamAccountName        = $sam
        UserPrincipalName     = "$sam@corp.example.com"
        EmailAddress          = "$sam@example.com"
        Department            = $row.Department
        Title                 = $row.Title
        Path                  = $OU
        AccountPassword       = (ConvertTo-SecureString $plain -AsPlainText -Force)
        ChangePasswordAtLogon = $true
        Enabled               = $true
    }

    if ($PSCmdlet.ShouldProcess($sam, 'Create AD user')) {
        New-ADUser @params
        if ($row.Groups) {
            $row.Groups -split ',' | ForEach-Object { Add-ADGroupMember -Identity $_.Trim() -Members $sam }
        }
        $created.Add([pscustomobject]@{ User = $sam; Password = $plain; Manager = $row.ManagerEmail })
    }
}

if ($SendWelcomeMail -and $created.Count) {
    foreach ($u in $created) {
        $body = @"
Hello,

the account $($u.User) has been created. The initial password is:

    $($u.Password)

It must be changed at first logon.

IT Service Desk
"@
        Send-MailMessage -To $u.Manager -From 'it@example.com' -Subject "New account: $($u.User)" `
            -Body $body -SmtpServer 'smtp.corp.example.com'
    }
}

$created | Select-Object User, Manager | Format-Table -AutoSize

# Write an audit record for every account created in this run
$auditDir = '\\fs01\it$\audit\user-provisioning'
if (Test-Path $auditDir) {
    $auditFile = Join-Path $auditDir ("{0:yyyy-MM}.csv" -f (Get-Date))
    $created | ForEach-Object {
        [pscustomobject]@{
            Timestamp = (Get-Date).ToString('s')
            Operator  = "$env:USERDOMAIN\$env:USERNAME"
            Account   = $_.User
            Manager   = $_.Manager
            Source    = (Resolve-Path $CsvPath).Path
        }
    } | Export-Csv -Path $auditFile -Append -NoTypeInformation -Encoding UTF8
}
else {
    Write-Warning "Audit share $auditDir not reachable; no audit record written."
}

# Optionally trigger a delta sync so mailboxes appear quickly
if (Get-Command Start-ADSyncSyncCycle -ErrorAction SilentlyContinue) {
    Start-ADSyncSyncCycle -PolicyType Delta | Out-Null
    Write-Host 'Azure AD delta sync triggered.'
}

Write-Host ("{0} account(s) created, {1} row(s) in file." -f $created.Count, @($rows).Count)
