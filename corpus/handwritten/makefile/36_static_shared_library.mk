# libtinyxml-ng: builds static and shared libraries with proper sonames,
# a pkg-config file, and installs headers.

NAME        := tinyxml-ng
VERSION     := 2.4.1
SOVERSION   := $(firstword $(subst ., ,$(VERSION)))

PREFIX      ?= /usr/local
LIBDIR      ?= $(PREFIX)/lib
INCLUDEDIR  ?= $(PREFIX)/include
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig

CC          ?= cc
AR          ?= ar
RANLIB      ?= ranlib
INSTALL     ?= install

UNAME_S     := $(shell uname -s)

CPPFLAGS    += -Iinclude
CFLAGS      ?= -O2 -g
CFLAGS      += -std=c99 -Wall -Wextra -Wpedantic -fvisibility=hidden
PIC_FLAGS   := -fPIC

SRCS        := $(wildcard src/*.c)
STATIC_OBJS := $(SRCS:src/%.c=build/static/%.o)
SHARED_OBJS := $(SRCS:src/%.c=build/shared/%.o)
HEADERS     := $(wildcard include/tinyxml/*.h)

STATIC_LIB  := build/lib$(NAME).a

ifeq ($(UNAME_S),Darwin)
  SHARED_LIB      := build/lib$(NAME).$(VERSION).dylib
  SHARED_SONAME   := lib$(NAME).$(SOVERSION).dylib
  SHARED_LINK     := lib$(NAME).dylib
  SHARED_LDFLAGS  := -dynamiclib -install_name $(LIBDIR)/$(SHARED_SONAME) \
                     -current_version $(VERSION) -compatibility_version $(SOVERSION)
else
  SHARED_LIB      := build/lib$(NAME).so.$(VERSION)
  SHARED_SONAME   := lib$(NAME).so.$(SOVERSION)
  SHARED_LINK     := lib$(NAME).so
  SHARED_LDFLAGS  := -shared -Wl,-soname,$(SHARED_SONAME) -Wl,--no-undefined
endif

TEST_SRCS   := $(wildcard tests/*.c)
TEST_BINS   := $(TEST_SRCS:tests/%.c=build/tests/%)

.PHONY: all static shared tests check install install-static install-shared \
        uninstall clean distclean

all: static shared $(NAME).pc

static: $(STATIC_LIB)
shared: $(SHARED_LIB)

$(STATIC_LIB): $(STATIC_OBJS)
	$(AR) rcs $@ $^
	$(RANLIB) $@

$(SHARED_LIB): $(SHARED_OBJS)
	$(CC) $(LDFLAGS) $(SHARED_LDFLAGS) -o $@ $^ $(LDLIBS)
	ln -sf $(notdir $@) build/$(SHARED_SONAME)
	ln -sf $(SHARED_SONAME) build/$(SHARED_LINK)

build/static/%.o: src/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -DTINYXML_STATIC -c $< -o $@

build/shared/%.o: src/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(PIC_FLAGS) -DTINYXML_BUILDING_DLL -c $< -o $@

$(NAME).pc: $(NAME).pc.in Makefile
	sed -e 's|@PREFIX@|$(PREFIX)|g' \
	    -e 's|@LIBDIR@|$(LIBDIR)|g' \
	    -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|g' \
	    -e 's|@VERSION@|$(VERSION)|g' $< > $@

# tests link statically so they run without LD_LIBRARY_PATH tweaks
build/tests/%: tests/%.c $(STATIC_LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -DTINYXML_STATIC -o $@ $< $(STATIC_LIB) $(LDLIBS)

tests: $(TEST_BINS)

check: tests
	@set -e; for t in $(TEST_BINS); do \
		printf '%-40s' "$$t"; \
		$$t > $$t.log 2>&1 && echo ok || { echo FAILED; cat $$t.log; exit 1; }; \
	done

install: install-static install-shared
	$(INSTALL) -d $(DESTDIR)$(INCLUDEDIR)/tinyxml $(DESTDIR)$(PKGCONFIGDIR)
	$(INSTALL) -m 644 $(HEADERS) $(DESTDIR)$(INCLUDEDIR)/tinyxml/
	$(INSTALL) -m 644 $(NAME).pc $(DESTDIR)$(PKGCONFIGDIR)/

install-static: $(STATIC_LIB)
	$(INSTALL) -d $(DESTDIR)$(LIBDIR)
	$(INSTALL) -m 644 $(STATIC_LIB) $(DESTDIR)$(LIBDIR)/

install-shared: $(SHARED_LIB)
	$(INSTALL) -d $(DESTDIR)$(LIBDIR)
	$(INSTALL) -m 755 $(SHARED_LIB) $(DESTDIR)$(LIBDIR)/
	cd $(DESTDIR)$(LIBDIR) && ln -sf $(notdir $(SHARED_LIB)) $(SHARED_SONAME)
	cd $(DESTDIR)$(LIBDIR) && ln -sf $(SHARED_SONAME) $(SHARED_LINK)
ifeq ($(UNAME_S),Linux)
	-test -z "$(DESTDIR)" && ldconfig
endif

uninstall:
	rm -rf $(DESTDIR)$(INCLUDEDIR)/tinyxml
	rm -f $(DESTDIR)$(LIBDIR)/lib$(NAME).*
	rm -f $(DESTDIR)$(PKGCONFIGDIR)/$(NAME).pc

clean:
	rm -rf build

distclean: clean
	rm -f $(NAME).pc
