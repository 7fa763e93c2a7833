#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    int fd[2];
    pipe(fd);
    if (fork() == 0) {           /* child: ls | */
        dup2(fd[1], STDOUT_FILENO);
        close(fd[0]); close(fd[1]);
        execlp("ls", "ls", "-1", (char *)NULL);
        _exit(127);
    }
    dup2(fd[0], STDIN_FILENO);   /* parent: | wc -l */
    close(fd[0]); close(fd[1]);
    execlp("wc", "wc", "-l", (char *)NULL);
    perror("execlp");
    return 1;
}
