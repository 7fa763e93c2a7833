# Out-of-tree kernel module: works both as a Kbuild file and as a
# normal Makefile invoked from the module directory.

ifneq ($(KERNELRELEASE),)
# --- Kbuild part -------------------------------------------------------

obj-m          := hwmon-fanctl.o
hwmon-fanctl-y := core.o pwm.o sysfs.o
hwmon-fanctl-$(CONFIG_DEBUG_FS) += debugfs.o

ccflags-y      += -I$(src)/include -DFANCTL_VERSION=\"$(FANCTL_VERSION)\"
ccflags-$(CONFIG_FANCTL_DEBUG) += -DDEBUG

else
# --- normal make part --------------------------------------------------

KVER    ?= $(shell uname -r)
KDIR    ?= /lib/modules/$(KVER)/build
PWD     := $(shell pwd)
FANCTL_VERSION := $(shell git describe --always --dirty 2>/dev/null || echo 0.0)
export FANCTL_VERSION

.PHONY: modules modules_install clean load unload reload

modules:
	$(MAKE) -C $(KDIR) M=$(PWD) modules

modules_install: modules
	$(MAKE) -C $(KDIR) M=$(PWD) modules_install
	depmod -a $(KVER)

clean:
	$(MAKE) -C $(KDIR) M=$(PWD) clean

load: modules
	sudo insmod ./hwmon-fanctl.ko debug=1

unload:
	-sudo rmmod hwmon_fanctl

reload: unload load
	dmesg | tail -n 20

endif
