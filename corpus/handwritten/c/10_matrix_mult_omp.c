#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define N 512

static double A[N][N], B[N][N], C[N][N];

int main(void)
{
    int i, j, k;
    srand(42);
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) {
            A[i][j] = rand() / (double)RAND_MAX;
            B[i][j] = rand() / (double)RAND_MAX;
        }

    clock_t t0 = clock();
    #pragma omp parallel for private(j, k)
    for (i = 0; i < N; i++)
        for (k = 0; k < N; k++) {
            double a = A[i][k];
            for (j = 0; j < N; j++)
                C[i][j] += a * B[k][j];
        }
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;

    printf("C[0][0]=%f  time=%.3fs  %.2f GFLOP/s\n", C[0][0], secs, 2.0 * N * N * N / secs / 1e9);
    return 0;
}
