#define _XOPEN_SOURCE 500
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static off_t threshold = 100L * 1024 * 1024;
static unsigned long long total_bytes;
static unsigned files_found;

static const char *human(off_t n, char *buf, size_t len)
{
    static const char *units[] = { "B", "K", "M", "G", "T" };
    double v = (double)n;
    int u = 0;

    while (v >= 1024.0 && u < 4) {
        v /= 1024.0;
        u++;
    }
    snprintf(buf, len, "%.1f%s", v, units[u]);
    return buf;
}

static int visit(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    char sz[32];
    (void)ftw;

    if (type == FTW_DNR) {
        fprintf(stderr, "cannot read %s\n", path);
        return 0;
    }
    if (type != FTW_F || sb->st_size < threshold)
        return 0;

    files_found++;
    total_bytes += (unsigned long long)sb->st_size;
    printf("%8s  %s\n", human(sb->st_size, sz, sizeof sz), path);
    return 0;
}

int main(int argc, char **argv)
{
    const char *root = argc > 1 ? argv[1] : ".";
    char sz[32];

    if (argc > 2)
        threshold = (off_t)strtoll(argv[2], NULL, 10) * 1024 * 1024;

    if (nftw(root, visit, 32, FTW_PHYS | FTW_MOUNT) == -1) {
        perror("nftw");
        return EXIT_FAILURE;
    }
    printf("%u files, %s total\n", files_found, human((off_t)total_bytes, sz, sizeof sz));
    return EXIT_SUCCESS;
}
