# NMAKE makefile for the Win32 build of zipcheck.
# Usage (from a "x64 Native Tools" prompt):
#     nmake /f zipcheck.mak
#     nmake /f zipcheck.mak DEBUG=1
#     nmake /f zipcheck.mak clean

CC = cl
LINK = link
RC = rc

!IFNDEF DEBUG
DEBUG = 0
!ENDIF

!IF "$(DEBUG)" == "1"
OUTDIR = Debug
CFLAGS = /nologo /W4 /Zi /Od /MDd /D_DEBUG /DWIN32 /D_CONSOLE /D_CRT_SECURE_NO_WARNINGS
LFLAGS = /nologo /DEBUG /SUBSYSTEM:CONSOLE
!ELSE
OUTDIR = Release
CFLAGS = /nologo /W4 /O2 /MD /DNDEBUG /DWIN32 /D_CONSOLE /D_CRT_SECURE_NO_WARNINGS
LFLAGS = /nologo /SUBSYSTEM:CONSOLE /OPT:REF /OPT:ICF
!ENDIF

LIBS = kernel32.lib user32.lib advapi32.lib zlib.lib

OBJS = \
	$(OUTDIR)\main.obj \
	$(OUTDIR)\zipfile.obj \
	$(OUTDIR)\crc32.obj \
	$(OUTDIR)\report.obj \
	$(OUTDIR)\zipcheck.res

all: $(OUTDIR) $(OUTDIR)\zipcheck.exe

$(OUTDIR):
	if not exist $(OUTDIR) mkdir $(OUTDIR)

$(OUTDIR)\zipcheck.exe: $(OBJS)
	$(LINK) $(LFLAGS) /OUT:$@ $** $(LIBS)

{src}.c{$(OUTDIR)}.obj:
	$(CC) $(CFLAGS) /Iinclude /Fo$@ /Fd$(OUTDIR)\ /c $<

$(OUTDIR)\zipcheck.res: res\zipcheck.rc res\zipcheck.ico
	$(RC) /nologo /fo$@ res\zipcheck.rc

clean:
	-@if exist Debug rmdir /s /q Debug
	-@if exist Release rmdir /s /q Release

.PHONY: all clean
