@echo off
cd /d %~dp0
if not exist .venv (
  py -3.12 -m venv .venv || goto :error
)
call .venv\Scripts\activate.bat
python -m pip install --upgrade pip
pip install -r requirements.txt || goto :error
python -m scraper %*
goto :eof

:error
echo Failed with error #%errorlevel%.
exit /b %errorlevel%
