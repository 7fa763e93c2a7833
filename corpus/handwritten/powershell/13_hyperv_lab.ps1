#Requires -RunAsAdministrator
#Requires -Modules Hyper-V

param(
    [int]$Count = 3,
    [string]$Prefix = 'LAB-SRV',
    [string]$Switch = 'LabNAT',
    [string]$ParentVhd = 'D:\Hyper-V\Templates\ws2022-core.vhdx',
    [string]$VmRoot = 'D:\Hyper-V\Lab'
)

if (-not (Get-VMSwitch -Name $Switch -ErrorAction SilentlyContinue)) {
    New-VMSwitch -Name $Switch -SwitchType Internal | Out-Null
    $if = Get-NetAdapter | Where-Object Name -Like "*($Switch)*"
    New-NetIPAddress -IPAddress 172.30.0.1 -PrefixLength 24 -InterfaceIndex $if.ifIndex | Out-Null
    New-NetNat -Name "$Switch-nat" -InternalIPInterfaceAddressPrefix 172.30.0.0/24 | Out-Null
}

1..$Count | ForEach-Object {
    $name = '{0}{1:d2}' -f $Prefix, $_
    if (Get-VM -Name $name -ErrorAction SilentlyContinue) {
        Write-Host "$name exists" -ForegroundColor Yellow
        return
    }
    $dir = Join-Path $VmRoot $name
    New-Item $dir -ItemType Directory -Force | Out-Null
    $vhd = Join-Path $dir "$name.vhdx"
    New-VHD -Path $vhd -ParentPath $ParentVhd -Differencing | Out-Null

    New-VM -Name $name -Generation 2 -MemoryStartupBytes 2GB -VHDPath $vhd -SwitchName $Switch -Path $VmRoot |
        Set-VM -ProcessorCount 2 -DynamicMemory -MemoryMinimumBytes 1GB -MemoryMaximumBytes 4GB -AutomaticCheckpointsEnabled $false
    Set-VMFirmware -VMName $name -EnableSecureBoot On
    Start-VM -Name $name
    Write-Host "$name started" -ForegroundColor Green
}
