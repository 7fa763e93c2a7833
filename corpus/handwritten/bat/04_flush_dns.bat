@echo off
ipconfig /flushdns
ipconfig /release
ipconfig /renew
netsh winsock reset
echo Done. A reboot may be needed.
pause
