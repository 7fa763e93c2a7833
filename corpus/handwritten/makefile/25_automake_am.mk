## Process this file with automake to produce Makefile.in

ACLOCAL_AMFLAGS = -I m4
AUTOMAKE_OPTIONS = foreign subdir-objects

SUBDIRS = . doc

AM_CPPFLAGS = -I$(top_srcdir)/include -DDATADIR=\"$(pkgdatadir)\"
AM_CFLAGS = $(WARN_CFLAGS) $(GLIB_CFLAGS) $(CURL_CFLAGS)

lib_LTLIBRARIES = libfeedparse.la
libfeedparse_la_SOURCES = \
	lib/atom.c \
	lib/rss.c \
	lib/date.c \
	lib/entities.c \
	lib/feed.c
libfeedparse_la_LIBADD = $(GLIB_LIBS) $(XML_LIBS)
libfeedparse_la_LDFLAGS = -version-info 3:1:1 -no-undefined

include_HEADERS = include/feedparse.h
noinst_HEADERS = lib/internal.h lib/entities-table.h

bin_PROGRAMS = feedcat
feedcat_SOURCES = src/feedcat.c src/output.c src/output.h
feedcat_LDADD = libfeedparse.la $(CURL_LIBS)

dist_pkgdata_DATA = data/opml-template.xml
dist_man_MANS = doc/feedcat.1

pkgconfigdir = $(libdir)/pkgconfig
pkgconfig_DATA = feedparse.pc

check_PROGRAMS = tests/test-date tests/test-rss tests/test-atom
tests_test_date_LDADD = libfeedparse.la
tests_test_rss_LDADD = libfeedparse.la
tests_test_atom_LDADD = libfeedparse.la
TESTS = $(check_PROGRAMS)

EXTRA_DIST = \
	autogen.sh \
	tests/data/sample.rss \
	tests/data/sample.atom \
	README.md

BUILT_SOURCES = lib/entities-table.h
CLEANFILES = lib/entities-table.h

lib/entities-table.h: $(srcdir)/data/entities.txt $(srcdir)/tools/gen-entities.sh
	$(AM_V_GEN)$(SHELL) $(srcdir)/tools/gen-entities.sh $< > $@

if ENABLE_COVERAGE
AM_CFLAGS += --coverage
clean-local:
	-find . -name '*.gcda' -o -name '*.gcno' | xargs rm -f
endif
