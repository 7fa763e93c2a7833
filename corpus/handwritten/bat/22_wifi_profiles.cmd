@echo off
setlocal enabledelayedexpansion
for /f "tokens=2 delims=:" %%a in ('netsh wlan show profiles ^| findstr /c:"All User Profile"') do (
    set "name=%%a"
    set "name=!name:~1!"
    echo !name!
    netsh wlan export profile name="!name!" folder="%~dp0wifi" >nul
)
