CC      ?= cc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -Wall -Wextra -Wpedantic -MMD -MP
LDLIBS  := -lm

SRC_DIR := src
OBJ_DIR := build
BIN     := bin/imgtool

SRCS := $(wildcard $(SRC_DIR)/*.c)
OBJS := $(patsubst $(SRC_DIR)/%.c,$(OBJ_DIR)/%.o,$(SRCS))
DEPS := $(OBJS:.o=.d)

.PHONY: all clean run

all: $(BIN)

$(BIN): $(OBJS) | bin
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(OBJ_DIR)/%.o: $(SRC_DIR)/%.c | $(OBJ_DIR)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(OBJ_DIR) bin:
	mkdir -p $@

run: $(BIN)
	./$(BIN) samples/lena.ppm out.ppm

clean:
	$(RM) -r $(OBJ_DIR) bin

-include $(DEPS)
