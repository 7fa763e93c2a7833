# Blinky-plus firmware for ATmega328P
MCU      = atmega328p
F_CPU    = 16000000UL
PROG     = arduino
PORT    ?= /dev/ttyUSB0
BAUD     = 115200

CC       = avr-gcc
OBJCOPY  = avr-objcopy
SIZE     = avr-size
AVRDUDE  = avrdude

TARGET   = blinky
SRC      = main.c uart.c timer.c pwm.c
OBJ      = $(SRC:.c=.o)

CFLAGS   = -mmcu=$(MCU) -DF_CPU=$(F_CPU) -Os -std=gnu99 -Wall \
           -funsigned-char -ffunction-sections -fdata-sections
LDFLAGS  = -mmcu=$(MCU) -Wl,--gc-sections -Wl,-Map=$(TARGET).map

all: $(TARGET).hex size

%.o: %.c
	$(CC) $(CFLAGS) -c $< -o $@

$(TARGET).elf: $(OBJ)
	$(CC) $(LDFLAGS) $^ -o $@

$(TARGET).hex: $(TARGET).elf
	$(OBJCOPY) -O ihex -R .eeprom $< $@

size: $(TARGET).elf
	$(SIZE) --format=avr --mcu=$(MCU) $<

flash: $(TARGET).hex
	$(AVRDUDE) -p $(MCU) -c $(PROG) -P $(PORT) -b $(BAUD) -U flash:w:$<:i

fuses:
	$(AVRDUDE) -p $(MCU) -c usbasp -U lfuse:w:0xFF:m -U hfuse:w:0xDE:m -U efuse:w:0xFD:m

clean:
	rm -f *.o *.elf *.hex *.map

.PHONY: all size flash fuses clean

# ---------------------------------------------------------------
# EEPROM, debugging and simulation
# ---------------------------------------------------------------

$(TARGET).eep: $(TARGET).elf
	$(OBJCOPY) -j .eeprom --set-section-flags=.eeprom="alloc,load" \
		--change-section-lma .eeprom=0 --no-change-warnings -O ihex $< $@

eeprom: $(TARGET).eep
	$(AVRDUDE) -p $(MCU) -c $(PROG) -P $(PORT) -b $(BAUD) -U eeprom:w:$<:i

$(TARGET).lss: $(TARGET).elf
	avr-objdump -h -S $< > $@

listing: $(TARGET).lss

sim: $(TARGET).elf
	simavr -m $(MCU) -f $(subst UL,,$(F_CPU)) -g $< &
	avr-gdb -ex "target remote :1234" -ex "break main" -ex "continue" $<

monitor:
	picocom -b 9600 --imap lfcrlf $(PORT)

# print any variable: make print-CFLAGS
print-%:
	@echo '$*=$($*)'

.PHONY: eeprom listing sim monitor
