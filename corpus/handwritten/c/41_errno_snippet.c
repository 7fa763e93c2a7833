FILE *fp = fopen(path, "r");
if (!fp) {
    fprintf(stderr, "%s: %s\n", path, strerror(errno));
    return -1;
}
