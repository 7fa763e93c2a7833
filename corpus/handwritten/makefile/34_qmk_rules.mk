# Build options for the split 40% board
BOOTMAGIC_ENABLE = yes
MOUSEKEY_ENABLE  = yes
EXTRAKEY_ENABLE  = yes
CONSOLE_ENABLE   = no
COMMAND_ENABLE   = no
RGBLIGHT_ENABLE  = no
OLED_ENABLE      = yes
OLED_DRIVER      = ssd1306
SPLIT_KEYBOARD   = yes
LTO_ENABLE       = yes

SRC += oled.c
