# Builds the same tool on Linux, macOS and Windows (MSYS2/MinGW).

TARGET := synthwav
SRC    := $(wildcard src/*.c) $(wildcard src/audio/*.c)
OBJ    := $(SRC:.c=.o)

ifeq ($(OS),Windows_NT)
    PLATFORM := windows
    EXE      := .exe
    LDLIBS   += -lwinmm -lole32
    RM       := del /Q
    FIXPATH   = $(subst /,\,$1)
else
    UNAME_S := $(shell uname -s)
    ifeq ($(UNAME_S),Darwin)
        PLATFORM := macos
        LDLIBS   += -framework CoreAudio -framework AudioToolbox -framework CoreFoundation
    else ifeq ($(UNAME_S),Linux)
        PLATFORM := linux
        LDLIBS   += -lasound -lpthread
    else
        $(error unsupported platform $(UNAME_S))
    endif
    EXE      :=
    RM       := rm -f
    FIXPATH   = $1
endif

CFLAGS += -std=c11 -O2 -Wall -DPLATFORM_$(shell echo $(PLATFORM) | tr a-z A-Z)
LDLIBS += -lm

$(TARGET)$(EXE): $(OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

%.o: %.c
	$(CC) $(CFLAGS) -c $< -o $@

.PHONY: clean info
clean:
	$(RM) $(call FIXPATH,$(OBJ)) $(TARGET)$(EXE)

info:
	@echo "platform: $(PLATFORM)"
	@echo "sources:  $(SRC)"
	@echo "libs:     $(LDLIBS)"
