/* crcsum.c -- print CRC-32 and Adler-32 of files or stdin */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>

static uint32_t crc_table[256];

static void crc_init(void)
{
	uint32_t c;
	int n, k;

	for (n = 0; n < 256; n++) {
		c = (uint32_t)n;
		for (k = 0; k < 8; k++)
			c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
		crc_table[n] = c;
	}
}

static uint32_t crc_update(uint32_t crc, const unsigned char *buf, size_t len)
{
	crc = ~crc;
	while (len--)
		crc = crc_table[(crc ^ *buf++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

#define ADLER_MOD 65521u

static uint32_t adler_update(uint32_t adler, const unsigned char *buf, size_t len)
{
	uint32_t a = adler & 0xffff, b = adler >> 16;

	while (len > 0) {
		size_t n = len < 5552 ? len : 5552;	/* avoid overflow */
		len -= n;
		while (n--) {
			a += *buf++;
			b += a;
		}
		a %= ADLER_MOD;
		b %= ADLER_MOD;
	}
	return (b << 16) | a;
}

static int sum_stream(FILE *fp, const char *name)
{
	unsigned char buf[8192];
	uint32_t crc = 0, adler = 1;
	unsigned long long total = 0;
	size_t n;

	while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
		crc = crc_update(crc, buf, n);
		adler = adler_update(adler, buf, n);
		total += n;
	}
	if (ferror(fp)) {
		fprintf(stderr, "crcsum: %s: read error\n", name);
		return 1;
	}
	printf("%08x  %08x  %10llu  %s\n", crc, adler, total, name);
	return 0;
}

int main(int argc, char **argv)
{
	int i, rc = 0;

	crc_init();
	if (argc < 2)
		return sum_stream(stdin, "-");

	for (i = 1; i < argc; i++) {
		FILE *fp = fopen(argv[i], "rb");
		if (!fp) {
			fprintf(stderr, "crcsum: %s: %s\n", argv[i], strerror(errno));
			rc = 1;
			continue;
		}
		rc |= sum_stream(fp, argv[i]);
		fclose(fp);
	}
	return rc;
}
