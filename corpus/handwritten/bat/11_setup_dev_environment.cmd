@echo off
setlocal EnableExtensions EnableDelayedExpansion

:: ==========================================================================
::  First-time setup for the "ledger" monorepo on a Windows workstation.
::  Safe to run more than once: every step checks before it changes things.
::
::  Options:
::     /nodeps     skip package installation
::     /nodb       do not create the local database container
::     /quiet      fewer messages
:: ==========================================================================

set "REPO=%~dp0"
if "%REPO:~-1%"=="\" set "REPO=%REPO:~0,-1%"
set "LOGFILE=%REPO%\setup.log"
set NODEPS=0
set NODB=0
set QUIET=0
set STEP=0
set ERRORS=0

:parse_args
if "%~1"=="" goto args_done
if /i "%~1"=="/nodeps" set NODEPS=1
if /i "%~1"=="/nodb"   set NODB=1
if /i "%~1"=="/quiet"  set QUIET=1
if /i "%~1"=="/?"      goto usage
shift
goto parse_args
:args_done

echo Setup started %date% %time% > "%LOGFILE%"

call :step "Checking administrator rights"
net session >nul 2>&1
if errorlevel 1 (
    call :warn "Not elevated; symlink creation may fail."
)

call :step "Checking required tools"
for %%T in (git node npm python docker) do (
    where %%T >nul 2>&1
    if errorlevel 1 (
        call :fail "%%T not found on PATH"
    ) else (
        call :info "found %%T"
    )
)
if %ERRORS% gtr 0 goto finish

call :step "Checking Node version"
for /f "tokens=1 delims=." %%v in ('node --version') do set NODEMAJOR=%%v
set NODEMAJOR=%NODEMAJOR:v=%
if %NODEMAJOR% lss 18 (
    call :fail "Node 18 or newer required, found %NODEMAJOR%"
    goto finish
)

call :step "Configuring git"
pushd "%REPO%"
git config core.autocrlf false
git config core.longpaths true
git config pull.rebase true
if not exist ".git\hooks\pre-commit" (
    copy /y "tools\hooks\pre-commit" ".git\hooks\pre-commit" >nul
    call :info "installed pre-commit hook"
)
popd

call :step "Creating .env files"
for /d %%D in ("%REPO%\services\*") do (
    if exist "%%D\.env.example" if not exist "%%D\.env" (
        copy "%%D\.env.example" "%%D\.env" >nul
        call :info "created %%~nxD\.env"
    )
)

if %NODEPS%==1 goto skip_deps
call :step "Installing JavaScript packages"
pushd "%REPO%"
call npm ci --no-audit --no-fund >> "%LOGFILE%" 2>&1
if errorlevel 1 call :fail "npm ci failed, see setup.log"
popd

call :step "Creating Python virtual environment"
if not exist "%REPO%\tools\.venv\Scripts\python.exe" (
    python -m venv "%REPO%\tools\.venv" >> "%LOGFILE%" 2>&1
)
call "%REPO%\tools\.venv\Scripts\activate.bat"
python -m pip install -q -r "%REPO%\tools\requirements.txt" >> "%LOGFILE%" 2>&1
if errorlevel 1 call :fail "pip install failed"
call deactivate
:skip_deps

if %NODB%==1 goto skip_db
call :step "Starting local PostgreSQL"
docker inspect ledger-pg >nul 2>&1
if errorlevel 1 (
    docker run -d --name ledger-pg -p 5433:5432 ^
        -e POSTGRES_USER=ledger -e POSTGRES_PASSWORD=ledger -e POSTGRES_DB=ledger ^
        -v ledger-pg-data:/var/lib/postgresql/data postgres:16 >> "%LOGFILE%" 2>&1
    if errorlevel 1 (
        call :fail "could not start database container"
    ) else (
        call :info "container ledger-pg created"
    )
) else (
    docker start ledger-pg >nul
    call :info "container ledger-pg already exists, started"
)
:skip_db

goto finish

:: --------------------------------------------------------------------------
:step
set /a STEP+=1
echo.
echo [%STEP%] %~1
echo [%STEP%] %~1 >> "%LOGFILE%"
exit /b 0

:info
if %QUIET%==0 echo       %~1
echo       %~1 >> "%LOGFILE%"
exit /b 0

:warn
echo   WARN %~1
echo   WARN %~1 >> "%LOGFILE%"
exit /b 0

:fail
set /a ERRORS+=1
echo   FAIL %~1
echo   FAIL %~1 >> "%LOGFILE%"
exit /b 0

:usage
echo Usage: %~nx0 [/nodeps] [/nodb] [/quiet]
exit /b 0

:finish
echo.
if %ERRORS% gtr 0 (
    echo Setup finished with %ERRORS% error^(s^). Details in %LOGFILE%
    endlocal
    exit /b 1
)
echo Setup complete. Open the repo in your editor and run "npm run dev".
endlocal
exit /b 0
