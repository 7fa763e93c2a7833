/*
 * ptail - print the last N lines of a file (default 10).
 * Seeks backwards from the end instead of reading everything.
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CHUNK 4096

static void usage(const char *prog)
{
    fprintf(stderr, "usage: %s [-n lines] file\n", prog);
    exit(2);
}

static int tail_fd(int fd, long want)
{
    struct stat st;
    char buf[CHUNK];
    off_t pos, start = 0;
    long newlines = 0;

    if (fstat(fd, &st) < 0)
        return -1;
    pos = st.st_size;

    while (pos > 0 && newlines <= want) {
        ssize_t n, i;
        size_t len = pos >= CHUNK ? CHUNK : (size_t)pos;

        pos -= len;
        if ((n = pread(fd, buf, len, pos)) < 0)
            return -1;
        for (i = n - 1; i >= 0; i--) {
            /* ignore a trailing newline at EOF */
            if (buf[i] == '\n' && pos + i != st.st_size - 1 && ++newlines > want) {
                start = pos + i + 1;
                break;
            }
        }
    }

    if (lseek(fd, start, SEEK_SET) < 0)
        return -1;
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0)
            break;
        if (write(STDOUT_FILENO, buf, (size_t)n) != n)
            return -1;
    }
    return 0;
}

int main(int argc, char *argv[])
{
    long lines = 10;
    int opt, fd;
    char *end;

    while ((opt = getopt(argc, argv, "n:")) != -1) {
        switch (opt) {
        case 'n':
            errno = 0;
            lines = strtol(optarg, &end, 10);
            if (errno || *end || lines < 0)
                usage(argv[0]);
            break;
        default:
            usage(argv[0]);
        }
    }
    if (optind != argc - 1)
        usage(argv[0]);

    if ((fd = open(argv[optind], O_RDONLY)) < 0) {
        fprintf(stderr, "ptail: %s: %s\n", argv[optind], strerror(errno));
        return 1;
    }
    if (tail_fd(fd, lines) < 0) {
        perror("ptail");
        close(fd);
        return 1;
    }
    close(fd);
    return 0;
}
