@echo off
setlocal EnableDelayedExpansion

rem ------------------------------------------------------------
rem  Builds every solution under src\ in Release and Debug,
rem  collects the results and prints a summary at the end.
rem ------------------------------------------------------------

set "ROOT=%~dp0"
set "MSBUILD="
set FAILED=0
set BUILT=0

if "%~1"=="/?" goto usage

for /f "usebackq tokens=*" %%i in (`"%ProgramFiles(x86)%\Microsoft Visual Studio\Installer\vswhere.exe" -latest -requires Microsoft.Component.MSBuild -find MSBuild\**\Bin\MSBuild.exe`) do (
    set "MSBUILD=%%i"
)

if not defined MSBUILD (
    echo [error] MSBuild not found. Install Visual Studio Build Tools.
    exit /b 2
)

echo Using "!MSBUILD!"
echo.

if "%~1"=="" (
    set CONFIGS=Release Debug
) else (
    set CONFIGS=%*
)

for /r "%ROOT%src" %%S in (*.sln) do (
    for %%C in (!CONFIGS!) do (
        echo === %%~nS [%%C] ===
        "!MSBUILD!" "%%S" /nologo /m /v:minimal /p:Configuration=%%C /p:Platform="Any CPU"
        if errorlevel 1 (
            set /a FAILED+=1
            set "FAILLIST=!FAILLIST! %%~nS[%%C]"
        ) else (
            set /a BUILT+=1
        )
    )
)

echo.
echo ------------------------------------------
echo  Built:  %BUILT%
echo  Failed: %FAILED%
if %FAILED% gtr 0 echo  Failures:%FAILLIST%
echo ------------------------------------------

if %FAILED% gtr 0 exit /b 1

rem ------------------------------------------------------------
rem  Optional packaging step: build.bat Release /package
rem ------------------------------------------------------------
set PACKAGE=0
for %%A in (%*) do if /i "%%~A"=="/package" set PACKAGE=1
if %PACKAGE%==0 exit /b 0

set "DIST=%ROOT%dist"
if exist "%DIST%" rd /s /q "%DIST%"
mkdir "%DIST%"

for /f "usebackq delims=" %%V in ("%ROOT%VERSION") do set "VERSION=%%V"
if not defined VERSION set VERSION=0.0.0-dev

echo.
echo Packaging version %VERSION% ...

for /d %%P in ("%ROOT%src\*") do (
    if exist "%%Pin\Release" (
        echo   %%~nxP
        xcopy "%%Pin\Release\*" "%DIST%\%%~nxP" /E /I /Q /Y >nul
        del /q "%DIST%\%%~nxP\*.pdb" 2>nul
    )
)

copy /y "%ROOT%README.md" "%DIST%" >nul
copy /y "%ROOT%LICENSE.txt" "%DIST%" >nul

where 7z >nul 2>&1
if errorlevel 1 (
    echo 7-Zip not found, using tar.
    tar -a -c -f "%ROOT%tools-%VERSION%.zip" -C "%DIST%" .
) else (
    7z a -tzip -mx=9 "%ROOT%tools-%VERSION%.zip" "%DIST%\*" >nul
)
if errorlevel 1 (
    echo [error] packaging failed
    exit /b 3
)

certutil -hashfile "%ROOT%tools-%VERSION%.zip" SHA256 | findstr /v "hash" > "%ROOT%tools-%VERSION%.zip.sha256"
echo Created tools-%VERSION%.zip
exit /b 0

:usage
echo Usage: %~nx0 [Release^|Debug ...] [/package]
echo   Builds every solution under src\ and optionally zips the output.
echo   Needs Visual Studio 2019+ or the Build Tools.
exit /b 0
