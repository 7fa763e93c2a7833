PROGRAMS := server client bench

server_SRCS := server.c net.c log.c
server_LIBS := -lpthread
client_SRCS := client.c net.c
client_LIBS :=
bench_SRCS  := bench.c net.c timer.c
bench_LIBS  := -lm -lpthread

CFLAGS += -O2 -Wall

define PROGRAM_template
$(1): $$($(1)_SRCS:.c=.o)
	$$(CC) $$(LDFLAGS) -o $$@ $$^ $$($(1)_LIBS)
ALL_OBJS += $$($(1)_SRCS:.c=.o)
endef

all: $(PROGRAMS)

$(foreach prog,$(PROGRAMS),$(eval $(call PROGRAM_template,$(prog))))

clean:
	rm -f $(PROGRAMS) $(sort $(ALL_OBJS))

.PHONY: all clean
