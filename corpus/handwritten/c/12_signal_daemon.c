#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t reload_requested = 0;
static volatile sig_atomic_t stop_requested = 0;

static void handle_hup(int sig) { (void)sig; reload_requested = 1; }
static void handle_term(int sig) { (void)sig; stop_requested = 1; }

static void daemonize(const char *pidfile)
{
    pid_t pid = fork();
    if (pid < 0) exit(EXIT_FAILURE);
    if (pid > 0) exit(EXIT_SUCCESS);

    if (setsid() < 0) exit(EXIT_FAILURE);
    signal(SIGCHLD, SIG_IGN);

    pid = fork();
    if (pid < 0) exit(EXIT_FAILURE);
    if (pid > 0) exit(EXIT_SUCCESS);

    umask(027);
    if (chdir("/") != 0) exit(EXIT_FAILURE);

    for (int fd = (int)sysconf(_SC_OPEN_MAX); fd >= 0; fd--)
        close(fd);
    open("/dev/null", O_RDWR);
    dup(0);
    dup(0);

    FILE *f = fopen(pidfile, "w");
    if (f) {
        fprintf(f, "%ld\n", (long)getpid());
        fclose(f);
    }
}

static void log_uptime(void)
{
    FILE *f = fopen("/proc/uptime", "r");
    double up = 0.0;
    if (f) {
        if (fscanf(f, "%lf", &up) != 1)
            up = 0.0;
        fclose(f);
    }
    syslog(LOG_DEBUG, "system uptime %.0f s", up);
}

static int load_config(const char *path, int *interval)
{
    FILE *f = fopen(path, "r");
    char line[128];
    if (!f) return -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "interval = %d", interval) == 1)
            break;
    fclose(f);
    return 0;
}

int main(int argc, char **argv)
{
    const char *conf = argc > 1 ? argv[1] : "/etc/tempmon.conf";
    int interval = 60;

    daemonize("/run/tempmon.pid");
    openlog("tempmon", LOG_PID, LOG_DAEMON);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handle_hup;
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = handle_term;
    sigaction(SIGTERM, &sa, NULL);

    if (load_config(conf, &interval) != 0)
        syslog(LOG_WARNING, "cannot read %s, using defaults", conf);
    syslog(LOG_INFO, "started, interval=%ds", interval);
    log_uptime();

    while (!stop_requested) {
        if (reload_requested) {
            reload_requested = 0;
            load_config(conf, &interval);
            syslog(LOG_INFO, "reloaded, interval=%ds", interval);
        }
        FILE *t = fopen("/sys/class/thermal/thermal_zone0/temp", "r");
        if (t) {
            long milli;
            if (fscanf(t, "%ld", &milli) == 1 && milli > 80000)
                syslog(LOG_ALERT, "CPU temperature %.1f C", milli / 1000.0);
            fclose(t);
        }
        sleep((unsigned)interval);
    }

    syslog(LOG_INFO, "stopping");
    unlink("/run/tempmon.pid");
    closelog();
    return 0;
}
