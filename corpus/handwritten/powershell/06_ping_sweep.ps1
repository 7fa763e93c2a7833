param([string]$Subnet = '192.168.1')

1..254 | ForEach-Object -Parallel {
    $ip = "$using:Subnet.$_"
    if (Test-Connection -TargetName $ip -Count 1 -TimeoutSeconds 1 -Quiet) {
        [pscustomobject]@{ IP = $ip; Host = try { [Net.Dns]::GetHostEntry($ip).HostName } catch { '' } }
    }
} -ThrottleLimit 64 | Sort-Object { [version]$_.IP }
