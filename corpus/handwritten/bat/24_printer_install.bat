@echo off
rem Adds the floor printer for the accounting office
rundll32 printui.dll,PrintUIEntry /in /n "\\print01\ACC-Color-3F"
rundll32 printui.dll,PrintUIEntry /y /n "\\print01\ACC-Color-3F"
echo Printer installed and set as default.
timeout /t 3 >nul
