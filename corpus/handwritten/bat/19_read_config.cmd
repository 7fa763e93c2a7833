@echo off
setlocal EnableDelayedExpansion

rem Reads key=value pairs from settings.txt (lines starting with # are skipped)
for /f "usebackq eol=# tokens=1,* delims==" %%A in ("%~dp0settings.txt") do (
    set "CFG_%%A=%%B"
)

if not defined CFG_server (
    echo server not configured
    exit /b 1
)

echo Connecting to !CFG_server!:!CFG_port! as !CFG_user!
sqlcmd -S !CFG_server!,!CFG_port! -U !CFG_user! -P "!CFG_password!" -d !CFG_database! -i "%~dp0queries\daily.sql" -o "%~dp0out\daily.txt"
if errorlevel 1 (
    echo query failed
    exit /b 1
)
type "%~dp0out\daily.txt" | more
