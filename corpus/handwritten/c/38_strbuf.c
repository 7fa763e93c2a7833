#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STRBUF_MIN_CAP 32

static int sb_grow(strbuf *sb, size_t extra)
{
    size_t need = sb->len + extra + 1;
    size_t cap = sb->cap ? sb->cap : STRBUF_MIN_CAP;
    char *p;

    if (need <= sb->cap)
        return 0;
    while (cap < need)
        cap += cap / 2;
    p = realloc(sb->buf, cap);
    if (!p)
        return -1;
    sb->buf = p;
    sb->cap = cap;
    return 0;
}

void sb_init(strbuf *sb)
{
    sb->buf = NULL;
    sb->len = sb->cap = 0;
}

void sb_release(strbuf *sb)
{
    free(sb->buf);
    sb_init(sb);
}

int sb_add(strbuf *sb, const char *data, size_t n)
{
    if (sb_grow(sb, n) < 0)
        return -1;
    memcpy(sb->buf + sb->len, data, n);
    sb->len += n;
    sb->buf[sb->len] = '\0';
    return 0;
}

int sb_adds(strbuf *sb, const char *s)
{
    return sb_add(sb, s, strlen(s));
}

int sb_addch(strbuf *sb, int c)
{
    char ch = (char)c;
    return sb_add(sb, &ch, 1);
}

int sb_addf(strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || sb_grow(sb, (size_t)n) < 0)
        return -1;

    va_start(ap, fmt);
    vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
    return 0;
}

void sb_rtrim(strbuf *sb)
{
    while (sb->len && (sb->buf[sb->len - 1] == ' ' || sb->buf[sb->len - 1] == '\n'))
        sb->buf[--sb->len] = '\0';
}

char *sb_detach(strbuf *sb, size_t *len)
{
    char *s = sb->buf ? sb->buf : calloc(1, 1);
    if (len)
        *len = sb->len;
    sb_init(sb);
    return s;
}
