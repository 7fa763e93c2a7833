@echo off
setlocal EnableExtensions EnableDelayedExpansion

rem ======================================================================
rem  Deploys the intranet site to IIS with a backup and automatic rollback
rem  Usage:  deploy.bat [SITE] [/norestart] [/skipbackup]
rem ======================================================================

set "SITE=%~1"
if "%SITE%"=="" set SITE=Intranet
if /i "%SITE:~0,1%"=="/" set SITE=Intranet

set "SRC=%~dp0publish"
set "DEST=D:\Sites\%SITE%"
set "BACKUPROOT=D:\Backups\%SITE%"
set "APPCMD=%windir%\system32\inetsrv\appcmd.exe"
set "HEALTHURL=http://localhost/%SITE%/health"
set NORESTART=0
set SKIPBACKUP=0
set KEEP=5

for %%A in (%*) do (
    if /i "%%~A"=="/norestart" set NORESTART=1
    if /i "%%~A"=="/skipbackup" set SKIPBACKUP=1
)

if not exist "%APPCMD%" (
    echo IIS management tools not installed.
    exit /b 1
)
if not exist "%SRC%\web.config" (
    echo Nothing to deploy: %SRC%\web.config missing.
    exit /b 1
)

for /f "tokens=2 delims==" %%I in ('wmic os get localdatetime /value') do set "LDT=%%I"
set "STAMP=%LDT:~0,8%-%LDT:~8,6%"
set "BACKUP=%BACKUPROOT%\%STAMP%"
set "LOG=%~dp0logs\deploy-%STAMP%.log"
if not exist "%~dp0logs" mkdir "%~dp0logs"

call :log "Deploying %SITE% from %SRC%"

if %SKIPBACKUP%==1 goto stop_pool
call :log "Backing up current site to %BACKUP%"
robocopy "%DEST%" "%BACKUP%" /MIR /R:1 /W:1 /NFL /NDL /NP >> "%LOG%"
if errorlevel 8 (
    call :log "Backup failed, aborting"
    exit /b 2
)

:stop_pool
call :log "Stopping application pool"
"%APPCMD%" stop apppool /apppool.name:"%SITE%" >> "%LOG%" 2>&1
timeout /t 3 /nobreak >nul

call :log "Copying files"
robocopy "%SRC%" "%DEST%" /MIR /R:2 /W:2 /XD logs App_Data /XF *.user appsettings.Local.json /NFL /NDL /NP >> "%LOG%"
set RC=%errorlevel%
if %RC% geq 8 (
    call :log "Copy failed with code %RC%"
    goto rollback
)

if exist "%DEST%\appsettings.%COMPUTERNAME%.json" (
    call :log "Machine-specific settings found for %COMPUTERNAME%"
)

call :log "Starting application pool"
"%APPCMD%" start apppool /apppool.name:"%SITE%" >> "%LOG%" 2>&1

if %NORESTART%==0 (
    call :log "Recycling site"
    "%APPCMD%" stop site /site.name:"%SITE%" >> "%LOG%" 2>&1
    "%APPCMD%" start site /site.name:"%SITE%" >> "%LOG%" 2>&1
)

call :log "Checking %HEALTHURL%"
set TRIES=0
:health_loop
set /a TRIES+=1
powershell -NoProfile -Command "try { $r = Invoke-WebRequest -UseBasicParsing -Uri '%HEALTHURL%' -TimeoutSec 5; exit [int]($r.StatusCode -ne 200) } catch { exit 1 }"
if not errorlevel 1 goto healthy
if %TRIES% geq 10 goto rollback
timeout /t 3 /nobreak >nul
goto health_loop

:healthy
call :log "Health check passed after %TRIES% attempt(s)"
call :prune
call :log "Deployment finished"
endlocal
exit /b 0

:rollback
if %SKIPBACKUP%==1 (
    call :log "Deployment failed and no backup was taken. Manual fix required."
    exit /b 3
)
call :log "Rolling back to %BACKUP%"
"%APPCMD%" stop apppool /apppool.name:"%SITE%" >> "%LOG%" 2>&1
robocopy "%BACKUP%" "%DEST%" /MIR /R:2 /W:2 /NFL /NDL /NP >> "%LOG%"
"%APPCMD%" start apppool /apppool.name:"%SITE%" >> "%LOG%" 2>&1
call :log "Rollback complete"
endlocal
exit /b 4

:prune
set COUNT=0
for /f "delims=" %%D in ('dir /b /ad /o-n "%BACKUPROOT%" 2^>nul') do (
    set /a COUNT+=1
    if !COUNT! gtr %KEEP% (
        rd /s /q "%BACKUPROOT%\%%D"
        call :log "Removed old backup %%D"
    )
)
exit /b 0

:log
echo [%time:~0,8%] %~1
echo [%date% %time:~0,8%] %~1 >> "%LOG%"
exit /b 0
