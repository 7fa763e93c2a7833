# SPDX-License-Identifier: GPL-2.0
#
# Makefile for the Example Corp sensor hub drivers.
#

obj-$(CONFIG_SENSORHUB_CORE)	+= sensorhub-core.o
sensorhub-core-y		:= core.o transport.o firmware.o
sensorhub-core-$(CONFIG_SENSORHUB_DEBUGFS) += debugfs.o
sensorhub-core-$(CONFIG_PM)	+= pm.o

obj-$(CONFIG_SENSORHUB_I2C)	+= sensorhub-i2c.o
obj-$(CONFIG_SENSORHUB_SPI)	+= sensorhub-spi.o

obj-$(CONFIG_SENSORHUB_ACCEL)	+= accel/
obj-$(CONFIG_SENSORHUB_GYRO)	+= gyro/
obj-$(CONFIG_SENSORHUB_ALS)	+= light/

ccflags-y				+= -I$(srctree)/$(src)/include
ccflags-$(CONFIG_SENSORHUB_DEBUG)	+= -DDEBUG
CFLAGS_trace.o				:= -I$(src)

hostprogs	:= gen_regmap
always-y	:= regmap_table.h

$(obj)/core.o: $(obj)/regmap_table.h

quiet_cmd_gen_regmap = GEN     $@
      cmd_gen_regmap = $(obj)/gen_regmap < $< > $@

$(obj)/regmap_table.h: $(src)/regmap.def $(obj)/gen_regmap FORCE
	$(call if_changed,gen_regmap)

targets += regmap_table.h
