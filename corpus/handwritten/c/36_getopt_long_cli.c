#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROGRAM_NAME "rot"
#define VERSION      "1.2"

static struct option const long_options[] = {
    {"shift",   required_argument, NULL, 's'},
    {"decode",  no_argument,       NULL, 'd'},
    {"output",  required_argument, NULL, 'o'},
    {"help",    no_argument,       NULL, 'h'},
    {"version", no_argument,       NULL, 'V'},
    {NULL, 0, NULL, 0}
};

static void usage(int status)
{
    FILE *out = status ? stderr : stdout;
    fprintf(out,
            "Usage: %s [OPTION]... [FILE]...\n"
            "Caesar-shift letters in FILEs (or standard input).\n\n"
            "  -s, --shift=N     rotate by N places (default 13)\n"
            "  -d, --decode      rotate backwards\n"
            "  -o, --output=FILE write to FILE instead of stdout\n"
            "  -h, --help        display this help and exit\n"
            "  -V, --version     output version information and exit\n",
            PROGRAM_NAME);
    exit(status);
}

static int rotate(int c, int shift)
{
    if (c >= 'a' && c <= 'z')
        return 'a' + (c - 'a' + shift) % 26;
    if (c >= 'A' && c <= 'Z')
        return 'A' + (c - 'A' + shift) % 26;
    return c;
}

static void process(FILE *in, FILE *out, int shift)
{
    int c;
    while ((c = getc(in)) != EOF)
        putc(rotate(c, shift), out);
}

int main(int argc, char **argv)
{
    int shift = 13, decode = 0, c;
    FILE *out = stdout;

    while ((c = getopt_long(argc, argv, "s:do:hV", long_options, NULL)) != -1) {
        switch (c) {
        case 's':
            shift = atoi(optarg) % 26;
            if (shift < 0)
                shift += 26;
            break;
        case 'd':
            decode = 1;
            break;
        case 'o':
            if (!(out = fopen(optarg, "w"))) {
                perror(optarg);
                return EXIT_FAILURE;
            }
            break;
        case 'h':
            usage(EXIT_SUCCESS);
            break;
        case 'V':
            printf("%s %s\n", PROGRAM_NAME, VERSION);
            return EXIT_SUCCESS;
        default:
            usage(EXIT_FAILURE);
        }
    }

    if (decode)
        shift = (26 - shift) % 26;

    if (optind == argc) {
        process(stdin, out, shift);
    } else {
        for (; optind < argc; optind++) {
            FILE *in = strcmp(argv[optind], "-") ? fopen(argv[optind], "r") : stdin;
            if (!in) {
                perror(argv[optind]);
                continue;
            }
            process(in, out, shift);
            if (in != stdin)
                fclose(in);
        }
    }

    if (out != stdout)
        fclose(out);
    return EXIT_SUCCESS;
}
