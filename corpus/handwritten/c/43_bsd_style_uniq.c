/*-
 * Copyright (c) 2014 The Example Project.
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the above copyright notice
 * and this paragraph are retained.
 */

#include <sys/cdefs.h>
#include <sys/types.h>

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int cflag, dflag, uflag;

static void	show(FILE *, const char *, size_t);
static void	usage(void) __dead2;

int
main(int argc, char *argv[])
{
	FILE *ifp, *ofp;
	char *prev, *cur;
	size_t prevcap, curcap;
	ssize_t curlen;
	size_t repeats;
	int ch;

	while ((ch = getopt(argc, argv, "cdu")) != -1)
		switch (ch) {
		case 'c':
			cflag = 1;
			break;
		case 'd':
			dflag = 1;
			break;
		case 'u':
			uflag = 1;
			break;
		case '?':
		default:
			usage();
		}
	argc -= optind;
	argv += optind;

	ifp = stdin;
	ofp = stdout;
	if (argc > 0 && strcmp(argv[0], "-") != 0)
		if ((ifp = fopen(argv[0], "r")) == NULL)
			err(1, "%s", argv[0]);
	if (argc > 1)
		if ((ofp = fopen(argv[1], "w")) == NULL)
			err(1, "%s", argv[1]);

	prev = cur = NULL;
	prevcap = curcap = 0;
	if (getline(&prev, &prevcap, ifp) < 0) {
		if (ferror(ifp))
			err(1, "read");
		exit(0);
	}

	repeats = 0;
	while ((curlen = getline(&cur, &curcap, ifp)) >= 0) {
		if (strcmp(prev, cur) == 0) {
			repeats++;
			continue;
		}
		show(ofp, prev, repeats);
		/* swap buffers instead of copying */
		{
			char *tp = prev; size_t tc = prevcap;
			prev = cur; prevcap = curcap;
			cur = tp; curcap = tc;
		}
		repeats = 0;
	}
	show(ofp, prev, repeats);

	free(prev);
	free(cur);
	if (ferror(ifp))
		err(1, "read");
	exit(0);
}

static void
show(FILE *ofp, const char *str, size_t repeats)
{

	if ((dflag && repeats == 0) || (uflag && repeats > 0))
		return;
	if (cflag)
		(void)fprintf(ofp, "%4zu %s", repeats + 1, str);
	else
		(void)fputs(str, ofp);
}

static void
usage(void)
{

	(void)fprintf(stderr, "usage: uniq [-c | -d | -u] [input [output]]\n");
	exit(1);
}
