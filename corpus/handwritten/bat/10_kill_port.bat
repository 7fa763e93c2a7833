@echo off
if "%1"=="" (echo usage: %~n0 PORT & exit /b 1)
for /f "tokens=5" %%p in ('netstat -ano ^| findstr /r /c:":%1 .*LISTENING"') do (
    echo Killing PID %%p on port %1
    taskkill /PID %%p /F
)
