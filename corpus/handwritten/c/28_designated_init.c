struct config {
    const char *host;
    int port;
    int timeout_ms;
    unsigned verbose : 1;
};

static const struct config defaults = {
    .host = "localhost",
    .port = 5432,
    .timeout_ms = 3000,
};

int primes[10] = { [0] = 2, [1] = 3, [2] = 5, [9] = 29 };
