#include <stddef.h>
#include <stdint.h>

static const char enc_tab[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

size_t base64_encode(const uint8_t *in, size_t len, char *out)
{
    size_t i, o = 0;
    for (i = 0; i + 2 < len; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
        out[o++] = enc_tab[(v >> 18) & 63];
        out[o++] = enc_tab[(v >> 12) & 63];
        out[o++] = enc_tab[(v >> 6) & 63];
        out[o++] = enc_tab[v & 63];
    }
    if (i < len) {
        uint32_t v = (uint32_t)in[i] << 16;
        if (i + 1 < len) v |= (uint32_t)in[i + 1] << 8;
        out[o++] = enc_tab[(v >> 18) & 63];
        out[o++] = enc_tab[(v >> 12) & 63];
        out[o++] = (i + 1 < len) ? enc_tab[(v >> 6) & 63] : '=';
        out[o++] = '=';
    }
    out[o] = '\0';
    return o;
}

/* Decoding table: 0..63 for valid characters, 64 for '=', 0xFF otherwise. */
static unsigned char dec_tab[256];
static int dec_ready;

static void init_dec_tab(void)
{
    size_t i;
    for (i = 0; i < sizeof dec_tab; i++)
        dec_tab[i] = 0xFF;
    for (i = 0; i < 64; i++)
        dec_tab[(unsigned char)enc_tab[i]] = (unsigned char)i;
    dec_tab['='] = 64;
    dec_ready = 1;
}

size_t base64_encoded_len(size_t n)
{
    return 4 * ((n + 2) / 3);
}

/* Returns the number of bytes written, or (size_t)-1 on malformed input.
 * Whitespace is skipped so that MIME-wrapped input can be fed directly. */
size_t base64_decode(const char *in, size_t len, uint8_t *out)
{
    uint32_t acc = 0;
    size_t o = 0, i;
    int n = 0, pad = 0;

    if (!dec_ready)
        init_dec_tab();

    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)in[i];
        unsigned char v;

        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        v = dec_tab[c];
        if (v == 0xFF)
            return (size_t)-1;
        if (v == 64) {
            pad++;
            v = 0;
        } else if (pad) {
            return (size_t)-1;  /* data after padding */
        }
        acc = (acc << 6) | v;
        if (++n == 4) {
            out[o++] = (uint8_t)(acc >> 16);
            if (pad < 2) out[o++] = (uint8_t)(acc >> 8);
            if (pad < 1) out[o++] = (uint8_t)acc;
            acc = 0;
            n = 0;
        }
    }
    if (n != 0 || pad > 2)
        return (size_t)-1;
    return o;
}

#ifdef BASE64_TEST
#include <stdio.h>
#include <string.h>

static int check(const char *plain, const char *expected)
{
    char enc[128];
    uint8_t dec[128];
    size_t n;

    base64_encode((const uint8_t *)plain, strlen(plain), enc);
    if (strcmp(enc, expected) != 0) {
        printf("FAIL encode(\"%s\") = \"%s\", want \"%s\"\n", plain, enc, expected);
        return 1;
    }
    n = base64_decode(enc, strlen(enc), dec);
    if (n != strlen(plain) || memcmp(dec, plain, n) != 0) {
        printf("FAIL roundtrip \"%s\"\n", plain);
        return 1;
    }
    return 0;
}

int main(void)
{
    int failures = 0;
    failures += check("", "");
    failures += check("f", "Zg==");
    failures += check("fo", "Zm8=");
    failures += check("foo", "Zm9v");
    failures += check("foob", "Zm9vYg==");
    failures += check("fooba", "Zm9vYmE=");
    failures += check("foobar", "Zm9vYmFy");
    if (base64_decode("Zm9v!", 5, (uint8_t[8]){0}) != (size_t)-1) {
        puts("FAIL invalid character accepted");
        failures++;
    }
    printf("%s (%d failures)\n", failures ? "FAILED" : "ok", failures);
    return failures != 0;
}
#endif
