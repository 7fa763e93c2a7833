@echo off
setlocal EnableDelayedExpansion
title Dedicated Server Manager

set "BASE=%~dp0"
set "STEAMCMD=%BASE%steamcmd\steamcmd.exe"
set "SERVERDIR=%BASE%server"
set "BACKUPDIR=%BASE%backups"
set APPID=896660
set "WORLD=Valhalla"
set "SERVERNAME=Friday Night Vikings"
set PORT=2456
set MAXBACKUPS=12

if not exist "%BACKUPDIR%" mkdir "%BACKUPDIR%"

:main
cls
echo.
echo   +------------------------------------------+
echo   ^|  %SERVERNAME%
echo   +------------------------------------------+
echo   ^|  [S] Start server                        ^|
echo   ^|  [U] Update / validate server files      ^|
echo   ^|  [B] Backup world now                    ^|
echo   ^|  [R] Restore latest backup               ^|
echo   ^|  [L] List backups                        ^|
echo   ^|  [Q] Quit                                ^|
echo   +------------------------------------------+
echo.
choice /c SUBRLQ /n /m "  Choice: "
set SEL=%errorlevel%
if %SEL%==1 goto start
if %SEL%==2 goto update
if %SEL%==3 goto backup
if %SEL%==4 goto restore
if %SEL%==5 goto listbackups
if %SEL%==6 goto quit
goto main

:update
if not exist "%STEAMCMD%" (
    echo steamcmd not found at %STEAMCMD%
    pause
    goto main
)
"%STEAMCMD%" +force_install_dir "%SERVERDIR%" +login anonymous +app_update %APPID% validate +quit
echo.
echo Update finished with code %errorlevel%.
pause
goto main

:start
if not exist "%SERVERDIR%\valheim_server.exe" (
    echo Server files missing, running update first.
    call :do_update
)
call :do_backup quiet
echo Starting server on port %PORT% ...
set SteamAppId=892970
pushd "%SERVERDIR%"
start "Game Server" /high valheim_server.exe -nographics -batchmode -name "%SERVERNAME%" -port %PORT% -world "%WORLD%" -password "%SERVER_PASSWORD%" -public 1
popd
echo Server launched in a separate window.
pause
goto main

:backup
call :do_backup
pause
goto main

:do_backup
set "SAVES=%USERPROFILE%\AppData\LocalLow\IronGate\Valheim\worlds_local"
if not exist "%SAVES%\%WORLD%.db" (
    if not "%1"=="quiet" echo No world save found for %WORLD%.
    exit /b 0
)
for /f "tokens=2 delims==" %%I in ('wmic os get localdatetime /value') do set LDT=%%I
set "STAMP=!LDT:~0,8!_!LDT:~8,4!"
set "DEST=%BACKUPDIR%\%WORLD%_!STAMP!"
mkdir "!DEST!" >nul 2>&1
copy /y "%SAVES%\%WORLD%.db" "!DEST!\" >nul
copy /y "%SAVES%\%WORLD%.fwl" "!DEST!\" >nul
if not "%1"=="quiet" echo Backup written to !DEST!

rem prune old backups, keep the newest %MAXBACKUPS%
set COUNT=0
for /f "delims=" %%D in ('dir /b /ad /o-n "%BACKUPDIR%\%WORLD%_*"') do (
    set /a COUNT+=1
    if !COUNT! gtr %MAXBACKUPS% (
        rd /s /q "%BACKUPDIR%\%%D"
        if not "%1"=="quiet" echo pruned %%D
    )
)
exit /b 0

:restore
set LATEST=
for /f "delims=" %%D in ('dir /b /ad /o-n "%BACKUPDIR%\%WORLD%_*" 2^>nul') do (
    if not defined LATEST set "LATEST=%%D"
)
if not defined LATEST (
    echo No backups available.
    pause
    goto main
)
tasklist /fi "imagename eq valheim_server.exe" | find /i "valheim_server.exe" >nul
if not errorlevel 1 (
    echo Stop the server before restoring.
    pause
    goto main
)
choice /c YN /m "Restore %LATEST%"
if errorlevel 2 goto main
set "SAVES=%USERPROFILE%\AppData\LocalLow\IronGate\Valheim\worlds_local"
copy /y "%BACKUPDIR%\%LATEST%\*" "%SAVES%\" >nul
echo Restored %LATEST%.
pause
goto main

:listbackups
echo.
dir /b /ad /o-n "%BACKUPDIR%\%WORLD%_*" 2>nul || echo (none)
echo.
pause
goto main

:do_update
"%STEAMCMD%" +force_install_dir "%SERVERDIR%" +login anonymous +app_update %APPID% +quit
exit /b %errorlevel%

:quit
endlocal
exit /b 0
