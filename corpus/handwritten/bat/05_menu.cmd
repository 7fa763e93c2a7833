@echo off
title Dev Tools Menu
:menu
cls
echo ================================
echo   1. Start database container
echo   2. Stop database container
echo   3. Run migrations
echo   4. Open logs folder
echo   5. Quit
echo ================================
choice /c 12345 /n /m "Select: "
if errorlevel 5 goto :eof
if errorlevel 4 goto logs
if errorlevel 3 goto migrate
if errorlevel 2 goto stopdb
if errorlevel 1 goto startdb

:startdb
docker compose up -d db
pause
goto menu

:stopdb
docker compose stop db
pause
goto menu

:migrate
call npm run migrate
pause
goto menu

:logs
start "" explorer "%~dp0logs"
goto menu
