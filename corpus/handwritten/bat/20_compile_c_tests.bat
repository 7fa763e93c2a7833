@echo off
setlocal
set CC=gcc
set CFLAGS=-std=c99 -Wall -Wextra -O0 -g -Iinclude
set PASS=0
set FAIL=0

if not exist bin mkdir bin

for %%t in (tests\test_*.c) do (
    %CC% %CFLAGS% -o bin\%%~nt.exe %%t src\ringbuf.c src\crc16.c
    if errorlevel 1 (
        echo COMPILE ERROR %%~nt
        set /a FAIL+=1
    ) else (
        bin\%%~nt.exe
        if errorlevel 1 (
            echo FAIL %%~nt
            set /a FAIL+=1
        ) else (
            echo PASS %%~nt
            set /a PASS+=1
        )
    )
)

echo.
echo %PASS% passed, %FAIL% failed
if %FAIL% neq 0 exit /b 1
