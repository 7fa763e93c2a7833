@echo off
for /f "tokens=2 delims==" %%I in ('wmic os get localdatetime /value') do set dt=%%I
set STAMP=%dt:~0,4%-%dt:~4,2%-%dt:~6,2%_%dt:~8,2%%dt:~10,2%
echo %STAMP%
copy report.xlsx "archive\report_%STAMP%.xlsx"
