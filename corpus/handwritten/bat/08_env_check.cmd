@echo off
setlocal

call :check git    "git --version"
call :check node   "node --version"
call :check python "python --version"
call :check docker "docker --version"
goto :summary

:check
%~2 >nul 2>&1
if errorlevel 1 (
    echo [MISSING] %~1
    set MISSING=1
) else (
    for /f "delims=" %%v in ('%~2 2^>^&1') do echo [  OK   ] %~1  %%v
)
exit /b 0

:summary
echo.
if defined MISSING (
    echo Some tools are missing. See docs\setup.md
    exit /b 1
)
echo All tools present.
exit /b 0
