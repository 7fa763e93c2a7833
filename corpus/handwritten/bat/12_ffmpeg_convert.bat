@echo off
setlocal
if not exist out mkdir out
for %%i in (*.mov *.mkv *.avi) do (
    echo Converting "%%i"
    ffmpeg -hide_banner -loglevel error -i "%%i" -c:v libx264 -crf 22 -preset slow -c:a aac -b:a 160k "out\%%~ni.mp4"
)
echo All done.
endlocal
