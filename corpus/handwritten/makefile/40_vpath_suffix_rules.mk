# Makefile for xfig2ps -- from an old Unix source tree, suffix rules only.
SHELL	= /bin/sh
CC	= cc
CFLAGS	= -O
LIBS	= -lm
DESTDIR	=
BINDIR	= /usr/local/bin
MANDIR	= /usr/local/man/man1

VPATH	= src:src/drivers

OBJS	= main.o read.o arrow.o text.o spline.o genps.o geneps.o genpic.o

.SUFFIXES:
.SUFFIXES: .c .o .1 .cat

.c.o:
	$(CC) $(CFLAGS) -c $<

.1.cat:
	nroff -man $< > $@

xfig2ps: $(OBJS)
	$(CC) $(CFLAGS) -o xfig2ps $(OBJS) $(LIBS)

$(OBJS): fig.h object.h

genps.o geneps.o: psfonts.h

install: xfig2ps xfig2ps.cat
	cp xfig2ps $(DESTDIR)$(BINDIR)
	strip $(DESTDIR)$(BINDIR)/xfig2ps
	cp xfig2ps.1 $(DESTDIR)$(MANDIR)

lint:
	lint -hbx src/*.c src/drivers/*.c

shar:
	shar README Makefile src/*.c src/*.h src/drivers/*.c xfig2ps.1 > xfig2ps.shar

clean:
	rm -f *.o xfig2ps xfig2ps.cat core a.out
