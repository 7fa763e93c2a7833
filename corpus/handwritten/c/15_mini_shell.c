#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_ARGS  32
#define MAX_CMDS  8

struct cmd {
    char *argv[MAX_ARGS];
    char *in_file;
    char *out_file;
    int append;
};

static int last_status;

static int parse_cmd(char *s, struct cmd *c)
{
    int argc = 0;
    char *tok = strtok(s, " \t\n");

    memset(c, 0, sizeof *c);
    while (tok) {
        if (strcmp(tok, "<") == 0) {
            c->in_file = strtok(NULL, " \t\n");
        } else if (strcmp(tok, ">") == 0 || strcmp(tok, ">>") == 0) {
            c->append = tok[1] == '>';
            c->out_file = strtok(NULL, " \t\n");
        } else if (argc < MAX_ARGS - 1) {
            c->argv[argc++] = tok;
        }
        tok = strtok(NULL, " \t\n");
    }
    c->argv[argc] = NULL;
    return argc;
}

static int split_pipeline(char *line, char **parts)
{
    int n = 0;
    char *save = NULL;
    char *p = strtok_r(line, "|", &save);
    while (p && n < MAX_CMDS) {
        parts[n++] = p;
        p = strtok_r(NULL, "|", &save);
    }
    return n;
}

static int builtin(struct cmd *c)
{
    if (strcmp(c->argv[0], "exit") == 0) {
        exit(c->argv[1] ? atoi(c->argv[1]) : last_status);
    }
    if (strcmp(c->argv[0], "cd") == 0) {
        const char *dir = c->argv[1] ? c->argv[1] : getenv("HOME");
        if (chdir(dir) != 0) {
            perror("cd");
            last_status = 1;
        } else {
            last_status = 0;
        }
        return 1;
    }
    if (strcmp(c->argv[0], "status") == 0) {
        printf("%d\n", last_status);
        return 1;
    }
    return 0;
}

static void redirect(struct cmd *c)
{
    if (c->in_file) {
        int fd = open(c->in_file, O_RDONLY);
        if (fd < 0) { perror(c->in_file); _exit(1); }
        dup2(fd, STDIN_FILENO);
        close(fd);
    }
    if (c->out_file) {
        int flags = O_WRONLY | O_CREAT | (c->append ? O_APPEND : O_TRUNC);
        int fd = open(c->out_file, flags, 0644);
        if (fd < 0) { perror(c->out_file); _exit(1); }
        dup2(fd, STDOUT_FILENO);
        close(fd);
    }
}

static void run_pipeline(struct cmd *cmds, int n)
{
    pid_t pids[MAX_CMDS];
    int prev_read = -1;
    int i, status = 0;

    for (i = 0; i < n; i++) {
        int fds[2] = { -1, -1 };
        if (i < n - 1 && pipe(fds) < 0) {
            perror("pipe");
            return;
        }
        pids[i] = fork();
        if (pids[i] == 0) {
            signal(SIGINT, SIG_DFL);
            if (prev_read != -1) {
                dup2(prev_read, STDIN_FILENO);
                close(prev_read);
            }
            if (fds[1] != -1) {
                dup2(fds[1], STDOUT_FILENO);
                close(fds[0]);
                close(fds[1]);
            }
            redirect(&cmds[i]);
            execvp(cmds[i].argv[0], cmds[i].argv);
            fprintf(stderr, "%s: %s\n", cmds[i].argv[0], strerror(errno));
            _exit(127);
        }
        if (prev_read != -1)
            close(prev_read);
        if (fds[1] != -1)
            close(fds[1]);
        prev_read = fds[0];
    }

    for (i = 0; i < n; i++)
        waitpid(pids[i], &status, 0);
    last_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int main(void)
{
    char line[1024];
    char *parts[MAX_CMDS];
    struct cmd cmds[MAX_CMDS];

    signal(SIGINT, SIG_IGN);

    for (;;) {
        int n, i, ok = 1;

        printf(last_status ? "[%d]$ " : "$ ", last_status);
        fflush(stdout);
        if (!fgets(line, sizeof line, stdin))
            break;

        n = split_pipeline(line, parts);
        for (i = 0; i < n; i++) {
            if (parse_cmd(parts[i], &cmds[i]) == 0) {
                ok = 0;
                break;
            }
        }
        if (!ok || n == 0)
            continue;
        if (n == 1 && builtin(&cmds[0]))
            continue;
        run_pipeline(cmds, n);
    }
    putchar('\n');
    return last_status;
}
