#define _POSIX_C_SOURCE 200809L
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_CLIENTS 64
#define BUF_SIZE    4096

static volatile sig_atomic_t running = 1;

static void on_signal(int sig)
{
    (void)sig;
    running = 0;
}

static int make_listener(unsigned short port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        perror("socket");
        return -1;
    }
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);

    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(port);

    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(fd, 16) < 0) {
        perror("bind/listen");
        close(fd);
        return -1;
    }
    return fd;
}

int main(int argc, char *argv[])
{
    unsigned short port = argc > 1 ? (unsigned short)atoi(argv[1]) : 7007;
    struct pollfd fds[MAX_CLIENTS + 1];
    int nfds = 1;
    char buf[BUF_SIZE];

    struct sigaction sa = { .sa_handler = on_signal };
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    fds[0].fd = make_listener(port);
    if (fds[0].fd < 0)
        return EXIT_FAILURE;
    fds[0].events = POLLIN;
    printf("echo server on port %u\n", port);

    while (running) {
        int ready = poll(fds, (nfds_t)nfds, 1000);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            perror("poll");
            break;
        }

        if (fds[0].revents & POLLIN) {
            struct sockaddr_in peer;
            socklen_t len = sizeof peer;
            int cfd = accept(fds[0].fd, (struct sockaddr *)&peer, &len);
            if (cfd >= 0) {
                if (nfds > MAX_CLIENTS) {
                    close(cfd);
                } else {
                    fds[nfds].fd = cfd;
                    fds[nfds].events = POLLIN;
                    nfds++;
                    printf("client %s:%u connected\n", inet_ntoa(peer.sin_addr), ntohs(peer.sin_port));
                }
            }
        }

        for (int i = 1; i < nfds; i++) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            ssize_t n = read(fds[i].fd, buf, sizeof buf);
            if (n <= 0 || write(fds[i].fd, buf, (size_t)n) != n) {
                close(fds[i].fd);
                fds[i] = fds[--nfds];
                i--;
            }
        }
    }

    for (int i = 0; i < nfds; i++)
        close(fds[i].fd);
    puts("bye");
    return EXIT_SUCCESS;
}
