$explorer = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Explorer\Advanced'
Set-ItemProperty -Path $explorer -Name HideFileExt -Value 0
Set-ItemProperty -Path $explorer -Name Hidden -Value 1
Set-ItemProperty -Path $explorer -Name LaunchTo -Value 1
if (-not (Test-Path 'HKCU:\Software\Policies\Microsoft\Windows\Explorer')) {
    New-Item -Path 'HKCU:\Software\Policies\Microsoft\Windows\Explorer' -Force | Out-Null
}
New-ItemProperty -Path 'HKCU:\Software\Policies\Microsoft\Windows\Explorer' -Name DisableSearchBoxSuggestions -Value 1 -PropertyType DWord -Force
Stop-Process -Name explorer -Force
