@echo off
rem logon script - mapped drives per department
net use * /delete /y >nul 2>&1

net use H: \\fs01\home\%USERNAME% /persistent:no
net use S: \\fs01\shared /persistent:no

ifmember "CORP\Finance" >nul
if %errorlevel%==1 net use F: \\fs02\finance /persistent:no

ifmember "CORP\Engineering" >nul
if %errorlevel%==1 net use P: \\fs02\projects /persistent:no
