@echo off
setlocal enabledelayedexpansion
set n=1
for %%f in (*.jpg) do (
    set "num=000!n!"
    ren "%%f" "holiday_!num:~-4!.jpg"
    set /a n+=1
)
echo Renamed %n% files.
