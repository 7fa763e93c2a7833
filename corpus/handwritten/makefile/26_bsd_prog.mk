#	$Id: Makefile,v 1.7 2019/03/02 example Exp $

PROG=	lsusbtree
SRCS=	lsusbtree.c tree.c usbdesc.c
MAN=	lsusbtree.8

BINDIR?=	/usr/local/sbin
MANDIR?=	/usr/local/man/man

CFLAGS+=	-Wall -Wextra -Wno-unused-parameter
LDADD+=		-lusb
DPADD+=		${LIBUSB}

.if defined(DEBUG)
CFLAGS+=	-g -O0 -DDEBUG
STRIP=
.else
CFLAGS+=	-O2
.endif

.if ${MACHINE_ARCH} == "amd64" || ${MACHINE_ARCH} == "aarch64"
CFLAGS+=	-DHAVE_64BIT_DESC
.endif

WARNS?=	3

.include <bsd.prog.mk>
