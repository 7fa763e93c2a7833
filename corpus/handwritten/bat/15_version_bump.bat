@echo off
setlocal EnableDelayedExpansion
set "VERFILE=%~dp0VERSION"
set /p CURRENT=<"%VERFILE%"
for /f "tokens=1-3 delims=." %%a in ("%CURRENT%") do (
    set MAJOR=%%a
    set MINOR=%%b
    set PATCH=%%c
)

if /i "%1"=="major" (set /a MAJOR+=1 & set MINOR=0 & set PATCH=0) else ^
if /i "%1"=="minor" (set /a MINOR+=1 & set PATCH=0) else ^
set /a PATCH+=1

set NEW=!MAJOR!.!MINOR!.!PATCH!
>"%VERFILE%" echo !NEW!
echo %CURRENT% -^> !NEW!
git add "%VERFILE%"
git commit -m "Bump version to !NEW!"
git tag v!NEW!
endlocal
