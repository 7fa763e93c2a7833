int *arr = malloc(n * sizeof *arr);
if (arr == NULL) {
    perror("malloc");
    exit(EXIT_FAILURE);
}
for (size_t i = 0; i < n; i++)
    arr[i] = i * i;
free(arr);
