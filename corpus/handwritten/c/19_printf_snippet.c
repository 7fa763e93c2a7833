#include <stdio.h>

int main(void)
{
    int x = 42;
    printf("%d\n", x);
    return 0;
}
