@echo off
rem Mirror Documents and Pictures to the external drive if it is plugged in.
setlocal EnableExtensions

set "TARGET=E:\Backup\%USERNAME%"
if not exist E:\ (
    echo External drive E: not found.
    pause
    exit /b 1
)

for /f "tokens=1-3 delims=/.- " %%a in ("%date%") do set STAMP=%%c%%b%%a
set "LOG=%TARGET%\logs\backup_%STAMP%.log"
if not exist "%TARGET%\logs" mkdir "%TARGET%\logs"

for %%F in (Documents Pictures Desktop) do (
    echo Copying %%F ...
    robocopy "%USERPROFILE%\%%F" "%TARGET%\%%F" /MIR /R:1 /W:2 /XJ /NFL /NDL /NP /LOG+:"%LOG%"
    if errorlevel 8 echo   !! errors while copying %%F, see log
)

echo.
echo Backup finished. Log: %LOG%
endlocal
