@echo off
setlocal EnableDelayedExpansion

rem Flash the weather-station firmware over serial.
rem   flash.bat COM5            flash the latest build
rem   flash.bat COM5 erase      full chip erase first

set PORT=%1
set MODE=%2
set "FW=%~dp0build\station.bin"
set BAUD=921600

if "%PORT%"=="" (
    echo Available ports:
    for /f "tokens=1,* delims==" %%a in ('wmic path Win32_SerialPort get DeviceID^,Description /value ^| find "="') do echo    %%a = %%b
    echo.
    echo usage: %~nx0 COMx [erase]
    exit /b 1
)

if not exist "%FW%" (
    echo Firmware image not found: %FW%
    echo Run build.bat first.
    exit /b 1
)

if /i "%MODE%"==":backup" goto backup
if /i "%MODE%"==":info" goto info
if /i "%MODE%"==":config" goto config

if /i "%MODE%"=="erase" (
    echo Erasing flash on %PORT% ...
    python -m esptool --chip esp32 --port %PORT% erase_flash
    if errorlevel 1 goto failed
)

echo Writing %FW% to %PORT% at %BAUD% baud
python -m esptool --chip esp32 --port %PORT% --baud %BAUD% write_flash -z 0x10000 "%FW%"
if errorlevel 1 goto failed

echo.
echo Flashed OK. Opening monitor, Ctrl+] to quit.
python -m serial.tools.miniterm %PORT% 115200
exit /b 0

:failed
echo.
echo *** Flashing failed. Hold BOOT while pressing RESET and try again.
exit /b 2

rem -------------------------------------------------------------------
rem  Extra commands, called as: flash.bat COM5 :backup / :info / :config
rem -------------------------------------------------------------------

:backup
set "OUT=%~dp0backups"
if not exist "%OUT%" mkdir "%OUT%"
for /f "tokens=2 delims==" %%I in ('wmic os get localdatetime /value') do set "LDT=%%I"
set "IMG=%OUT%\station_%LDT:~0,8%_%LDT:~8,4%.bin"
echo Reading 4 MB of flash from %PORT% into %IMG%
python -m esptool --chip esp32 --port %PORT% --baud %BAUD% read_flash 0 0x400000 "%IMG%"
if errorlevel 1 goto failed
echo Backup written.
exit /b 0

:info
python -m esptool --chip esp32 --port %PORT% chip_id
python -m esptool --chip esp32 --port %PORT% flash_id
exit /b %errorlevel%

:config
rem write Wi-Fi credentials and station id into the NVS partition
if not exist "%~dp0nvs.csv" (
    echo nvs.csv missing, copy nvs.example.csv and edit it first.
    exit /b 1
)
python "%IDF_PATH%\components\nvs_flash\nvs_partition_generator\nvs_partition_gen.py" generate "%~dp0nvs.csv" "%~dp0build\nvs.bin" 0x6000
if errorlevel 1 goto failed
python -m esptool --chip esp32 --port %PORT% --baud %BAUD% write_flash 0x9000 "%~dp0build\nvs.bin"
if errorlevel 1 goto failed
echo Configuration written. Resetting board...
python -m esptool --chip esp32 --port %PORT% run
exit /b 0
