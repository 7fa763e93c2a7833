@echo off
setlocal enabledelayedexpansion
set total=0
for /r src %%f in (*.cs *.xaml) do (
    for /f %%c in ('type "%%f" ^| find /c /v ""') do (
        set /a total+=%%c
        echo %%c	%%~nxf
    )
)
echo -----
echo !total! total lines
