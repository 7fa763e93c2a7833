##############################################################
# STM32F4 bare-metal build (no HAL, CMSIS headers only)
##############################################################

PROJECT   := motorctl
BUILD     := build
CROSS     := arm-none-eabi-
CC        := $(CROSS)gcc
AS        := $(CROSS)gcc -x assembler-with-cpp
OBJCOPY   := $(CROSS)objcopy
OBJDUMP   := $(CROSS)objdump
SIZE      := $(CROSS)size
GDB       := $(CROSS)gdb

CPU       := -mcpu=cortex-m4 -mthumb -mfpu=fpv4-sp-d16 -mfloat-abi=hard
DEFS      := -DSTM32F411xE -DHSE_VALUE=25000000U
INCS      := -Iinc -Icmsis/core -Icmsis/device
OPT       ?= -Og -g3

CFLAGS    := $(CPU) $(DEFS) $(INCS) $(OPT) -std=c11 -Wall -Wextra -Wdouble-promotion \
             -ffunction-sections -fdata-sections -fno-common
ASFLAGS   := $(CPU) $(DEFS)
LDSCRIPT  := ld/stm32f411ce.ld
LDFLAGS   := $(CPU) -T$(LDSCRIPT) -nostartfiles --specs=nano.specs --specs=nosys.specs \
             -Wl,--gc-sections -Wl,-Map=$(BUILD)/$(PROJECT).map,--cref -Wl,--print-memory-usage

C_SRCS    := $(wildcard src/*.c) $(wildcard src/drivers/*.c)
ASM_SRCS  := startup/startup_stm32f411xe.s
OBJS      := $(addprefix $(BUILD)/,$(C_SRCS:.c=.o) $(ASM_SRCS:.s=.o))
DEPS      := $(OBJS:.o=.d)

ELF       := $(BUILD)/$(PROJECT).elf
BIN       := $(BUILD)/$(PROJECT).bin
HEX       := $(BUILD)/$(PROJECT).hex

.PHONY: all clean flash debug disasm size

all: $(ELF) $(BIN) $(HEX) size

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC    $<"
	@$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/%.o: %.s
	@mkdir -p $(dir $@)
	@echo "  AS    $<"
	@$(AS) $(ASFLAGS) -c $< -o $@

$(ELF): $(OBJS) $(LDSCRIPT)
	@echo "  LD    $@"
	@$(CC) $(OBJS) $(LDFLAGS) -o $@

$(BIN): $(ELF)
	@$(OBJCOPY) -O binary $< $@

$(HEX): $(ELF)
	@$(OBJCOPY) -O ihex $< $@

size: $(ELF)
	@$(SIZE) $<

disasm: $(ELF)
	$(OBJDUMP) -d -S $< > $(BUILD)/$(PROJECT).lst

flash: $(BIN)
	st-flash --reset write $< 0x08000000

debug: $(ELF)
	openocd -f interface/stlink.cfg -f target/stm32f4x.cfg &
	$(GDB) -ex 'target extended-remote :3333' -ex 'monitor reset halt' -ex load $<

clean:
	rm -rf $(BUILD)

-include $(DEPS)

# ------------------------------------------------------------
# Host-side unit tests (drivers compiled against fakes)
# ------------------------------------------------------------

HOST_CC     := cc
HOST_CFLAGS := -std=c11 -O0 -g -Wall -Wextra -Iinc -Itest/fakes -DUNIT_TEST --coverage
TEST_SRCS   := $(wildcard test/test_*.c)
TEST_BINS   := $(patsubst test/%.c,$(BUILD)/host/%,$(TEST_SRCS))

$(BUILD)/host/test_%: test/test_%.c src/%.c test/unity/unity.c
	@mkdir -p $(dir $@)
	@echo "  HOSTCC $@"
	@$(HOST_CC) $(HOST_CFLAGS) $^ -o $@

.PHONY: test coverage
test: $(TEST_BINS)
	@for t in $(TEST_BINS); do echo "== $$t"; $$t || exit 1; done

coverage: test
	gcovr -r . --filter src/ --html-details -o $(BUILD)/coverage.html

# static analysis on the target sources
.PHONY: check
check:
	cppcheck --enable=warning,style,performance --std=c11 --inline-suppr $(INCS) $(DEFS) src/
