#include <ctype.h>
#include <stdio.h>
#include <string.h>

typedef int (*ini_handler)(void *user, const char *section, const char *key, const char *value);

static char *trim(char *s)
{
    char *end;
    while (isspace((unsigned char)*s)) s++;
    end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1])) end--;
    *end = '\0';
    return s;
}

int ini_parse_file(FILE *fp, ini_handler handler, void *user)
{
    char line[512];
    char section[64] = "";
    int lineno = 0, error = 0;

    while (fgets(line, sizeof line, fp)) {
        char *s = trim(line);
        lineno++;

        if (*s == '\0' || *s == ';' || *s == '#')
            continue;

        if (*s == '[') {
            char *end = strchr(s, ']');
            if (!end) {
                if (!error) error = lineno;
                continue;
            }
            *end = '\0';
            strncpy(section, trim(s + 1), sizeof section - 1);
            section[sizeof section - 1] = '\0';
            continue;
        }

        char *eq = strpbrk(s, "=:");
        if (!eq) {
            if (!error) error = lineno;
            continue;
        }
        *eq = '\0';
        char *key = trim(s);
        char *value = trim(eq + 1);
        char *comment = strstr(value, " ;");
        if (comment) {
            *comment = '\0';
            value = trim(value);
        }
        if (!handler(user, section, key, value) && !error)
            error = lineno;
    }
    return error;
}

static int dump(void *user, const char *section, const char *key, const char *value)
{
    (void)user;
    printf("%s.%s = \"%s\"\n", section, key, value);
    return 1;
}

int main(int argc, char **argv)
{
    FILE *fp = argc > 1 ? fopen(argv[1], "r") : stdin;
    if (!fp) { perror(argv[1]); return 1; }
    int err = ini_parse_file(fp, dump, NULL);
    if (err) fprintf(stderr, "parse error on line %d\n", err);
    return err ? 1 : 0;
}
