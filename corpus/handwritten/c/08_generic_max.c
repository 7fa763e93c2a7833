#include <stdio.h>

#define max(a, b) _Generic((a) + (b), \
    int: max_i, long: max_l, double: max_d, float: max_f)(a, b)

static int    max_i(int a, int b)       { return a > b ? a : b; }
static long   max_l(long a, long b)     { return a > b ? a : b; }
static double max_d(double a, double b) { return a > b ? a : b; }
static float  max_f(float a, float b)   { return a > b ? a : b; }

int main(void)
{
    printf("%d %ld %.2f\n", max(3, 7), max(10L, 4L), max(2.5, 1.25));
    return 0;
}
