/*
 * jlex.c - a streaming tokenizer for JSON text.
 *
 * Does not build a tree; call jlex_next() repeatedly and react
 * to each token. Numbers and strings are returned as slices of
 * the input buffer (strings without their quotes, escapes intact).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum {
    JT_EOF = 0,
    JT_LBRACE, JT_RBRACE,
    JT_LBRACKET, JT_RBRACKET,
    JT_COLON, JT_COMMA,
    JT_STRING, JT_NUMBER,
    JT_TRUE, JT_FALSE, JT_NULL,
    JT_ERROR
} jtype;

typedef struct {
    jtype type;
    const char *start;
    size_t len;
    unsigned line, col;
} jtoken;

typedef struct {
    const char *src, *p, *end;
    unsigned line;
    const char *line_start;
    const char *error;
} jlexer;

static const char *const jtype_names[] = {
    "EOF", "{", "}", "[", "]", ":", ",",
    "STRING", "NUMBER", "true", "false", "null", "ERROR"
};

void jlex_init(jlexer *lx, const char *text, size_t len)
{
    lx->src = lx->p = lx->line_start = text;
    lx->end = text + len;
    lx->line = 1;
    lx->error = NULL;
}

static jtoken make(jlexer *lx, jtype t, const char *s, size_t n)
{
    jtoken tok;
    tok.type = t;
    tok.start = s;
    tok.len = n;
    tok.line = lx->line;
    tok.col = (unsigned)(s - lx->line_start) + 1;
    return tok;
}

static jtoken error(jlexer *lx, const char *msg)
{
    lx->error = msg;
    return make(lx, JT_ERROR, lx->p, 0);
}

static void skip_ws(jlexer *lx)
{
    while (lx->p < lx->end) {
        char c = *lx->p;
        if (c == '\n') {
            lx->line++;
            lx->line_start = ++lx->p;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            lx->p++;
        } else {
            break;
        }
    }
}

static int match_word(jlexer *lx, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(lx->end - lx->p) >= n && memcmp(lx->p, w, n) == 0) {
        lx->p += n;
        return 1;
    }
    return 0;
}

static jtoken lex_string(jlexer *lx)
{
    const char *start = ++lx->p;    /* skip opening quote */

    while (lx->p < lx->end) {
        unsigned char c = (unsigned char)*lx->p;
        if (c == '"') {
            jtoken t = make(lx, JT_STRING, start, (size_t)(lx->p - start));
            lx->p++;
            return t;
        }
        if (c < 0x20)
            return error(lx, "control character in string");
        if (c == '\\') {
            lx->p++;
            if (lx->p >= lx->end)
                break;
            switch (*lx->p) {
            case '"': case '\\': case '/': case 'b':
            case 'f': case 'n': case 'r': case 't':
                lx->p++;
                break;
            case 'u': {
                int i;
                for (i = 1; i <= 4; i++)
                    if (lx->p + i >= lx->end || !isxdigit((unsigned char)lx->p[i]))
                        return error(lx, "bad \\u escape");
                lx->p += 5;
                break;
            }
            default:
                return error(lx, "bad escape");
            }
            continue;
        }
        lx->p++;
    }
    return error(lx, "unterminated string");
}

static jtoken lex_number(jlexer *lx)
{
    const char *s = lx->p;

    if (*lx->p == '-')
        lx->p++;
    if (lx->p < lx->end && *lx->p == '0') {
        lx->p++;
    } else if (lx->p < lx->end && isdigit((unsigned char)*lx->p)) {
        while (lx->p < lx->end && isdigit((unsigned char)*lx->p))
            lx->p++;
    } else {
        return error(lx, "digit expected");
    }
    if (lx->p < lx->end && *lx->p == '.') {
        lx->p++;
        if (lx->p >= lx->end || !isdigit((unsigned char)*lx->p))
            return error(lx, "digit expected after '.'");
        while (lx->p < lx->end && isdigit((unsigned char)*lx->p))
            lx->p++;
    }
    if (lx->p < lx->end && (*lx->p == 'e' || *lx->p == 'E')) {
        lx->p++;
        if (lx->p < lx->end && (*lx->p == '+' || *lx->p == '-'))
            lx->p++;
        if (lx->p >= lx->end || !isdigit((unsigned char)*lx->p))
            return error(lx, "digit expected in exponent");
        while (lx->p < lx->end && isdigit((unsigned char)*lx->p))
            lx->p++;
    }
    return make(lx, JT_NUMBER, s, (size_t)(lx->p - s));
}

jtoken jlex_next(jlexer *lx)
{
    const char *s;

    skip_ws(lx);
    if (lx->p >= lx->end)
        return make(lx, JT_EOF, lx->p, 0);

    s = lx->p;
    switch (*lx->p) {
    case '{': lx->p++; return make(lx, JT_LBRACE, s, 1);
    case '}': lx->p++; return make(lx, JT_RBRACE, s, 1);
    case '[': lx->p++; return make(lx, JT_LBRACKET, s, 1);
    case ']': lx->p++; return make(lx, JT_RBRACKET, s, 1);
    case ':': lx->p++; return make(lx, JT_COLON, s, 1);
    case ',': lx->p++; return make(lx, JT_COMMA, s, 1);
    case '"': return lex_string(lx);
    case 't': if (match_word(lx, "true"))  return make(lx, JT_TRUE, s, 4);  break;
    case 'f': if (match_word(lx, "false")) return make(lx, JT_FALSE, s, 5); break;
    case 'n': if (match_word(lx, "null"))  return make(lx, JT_NULL, s, 4);  break;
    default:
        if (*lx->p == '-' || isdigit((unsigned char)*lx->p))
            return lex_number(lx);
    }
    return error(lx, "unexpected character");
}

#ifdef JLEX_MAIN
int main(void)
{
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf, stdin);
    jlexer lx;
    jtoken t;

    jlex_init(&lx, buf, n);
    do {
        t = jlex_next(&lx);
        printf("%3u:%-3u %-8s %.*s\n", t.line, t.col, jtype_names[t.type],
               (int)t.len, t.start);
    } while (t.type != JT_EOF && t.type != JT_ERROR);

    if (t.type == JT_ERROR) {
        fprintf(stderr, "error at %u:%u: %s\n", t.line, t.col, lx.error);
        return 1;
    }
    return 0;
}
#endif
