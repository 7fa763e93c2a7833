@echo off
setlocal
cd /d "%~dp0"
set JAVA_OPTS=-Xms256m -Xmx1g -Dfile.encoding=UTF-8
java %JAVA_OPTS% -jar lib\inventory-server.jar --config conf\server.yml %*
endlocal
