#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>

struct counts {
	unsigned long lines;
	unsigned long words;
	unsigned long bytes;
	unsigned long chars;	/* UTF-8 code points */
};

static int opt_lines, opt_words, opt_bytes, opt_chars;

static void count_stream(FILE *fp, struct counts *c)
{
	int ch, in_word = 0;

	while ((ch = getc(fp)) != EOF) {
		c->bytes++;
		if ((ch & 0xC0) != 0x80)
			c->chars++;	/* not a UTF-8 continuation byte */
		if (ch == '\n')
			c->lines++;
		if (isspace(ch)) {
			in_word = 0;
		} else if (!in_word) {
			in_word = 1;
			c->words++;
		}
	}
}

static void print_counts(const struct counts *c, const char *name)
{
	if (opt_lines)
		printf("%8lu", c->lines);
	if (opt_words)
		printf("%8lu", c->words);
	if (opt_chars)
		printf("%8lu", c->chars);
	if (opt_bytes)
		printf("%8lu", c->bytes);
	if (name)
		printf(" %s", name);
	putchar('\n');
}

int main(int argc, char **argv)
{
	struct counts total = {0, 0, 0, 0};
	int i, nfiles = 0, status = 0;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *p;
		for (p = argv[i] + 1; *p; p++) {
			switch (*p) {
			case 'l': opt_lines = 1; break;
			case 'w': opt_words = 1; break;
			case 'c': opt_bytes = 1; break;
			case 'm': opt_chars = 1; break;
			default:
				fprintf(stderr, "usage: %s [-lwcm] [file...]\n", argv[0]);
				return 2;
			}
		}
	}
	if (!opt_lines && !opt_words && !opt_bytes && !opt_chars)
		opt_lines = opt_words = opt_bytes = 1;

	if (i == argc) {
		struct counts c = {0, 0, 0, 0};
		count_stream(stdin, &c);
		print_counts(&c, NULL);
		return 0;
	}

	for (; i < argc; i++) {
		struct counts c = {0, 0, 0, 0};
		FILE *fp = fopen(argv[i], "r");
		if (!fp) {
			fprintf(stderr, "%s: %s\n", argv[i], strerror(errno));
			status = 1;
			continue;
		}
		count_stream(fp, &c);
		fclose(fp);
		print_counts(&c, argv[i]);
		total.lines += c.lines;
		total.words += c.words;
		total.bytes += c.bytes;
		total.chars += c.chars;
		nfiles++;
	}
	if (nfiles > 1)
		print_counts(&total, "total");
	return status;
}
