# iCE40 flow: iverilog sim -> yosys synth -> nextpnr P&R -> icepack -> iceprog
PROJ     := uart_loopback
TOP      := top
DEVICE   := up5k
PACKAGE  := sg48
PCF      := boards/icebreaker.pcf
FREQ     := 12

RTL      := $(wildcard rtl/*.v)
TB       := $(wildcard sim/*_tb.v)
SIMS     := $(patsubst sim/%_tb.v,build/%_tb.vcd,$(TB))

all: build/$(PROJ).bin

build/$(PROJ).json: $(RTL) | build
	yosys -ql build/yosys.log -p 'synth_ice40 -top $(TOP) -json $@' $^

build/$(PROJ).asc: build/$(PROJ).json $(PCF)
	nextpnr-ice40 --$(DEVICE) --package $(PACKAGE) --freq $(FREQ) \
		--pcf $(PCF) --json $< --asc $@ --log build/nextpnr.log

build/$(PROJ).bin: build/$(PROJ).asc
	icepack $< $@

timing: build/$(PROJ).asc
	icetime -d $(DEVICE) -mtr build/timing.rpt $<

# one simulation per testbench file
build/%_tb.vvp: sim/%_tb.v $(RTL) | build
	iverilog -g2012 -Wall -o $@ -s $*_tb $^

build/%_tb.vcd: build/%_tb.vvp
	cd build && vvp -n $(notdir $<) +vcd=$(notdir $@)

sim: $(SIMS)

wave-%: build/%_tb.vcd
	gtkwave $< sim/$*.gtkw &

lint:
	verilator --lint-only -Wall -Irtl rtl/$(TOP).v

prog: build/$(PROJ).bin
	iceprog $<

build:
	mkdir -p $@

clean:
	rm -rf build

.PHONY: all timing sim lint prog clean
.SECONDARY:
