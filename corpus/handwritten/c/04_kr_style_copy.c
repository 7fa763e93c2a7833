#include <stdio.h>

/* copy input to output, squeezing runs of blanks */
main()
{
    int c, lastc;

    lastc = 0;
    while ((c = getchar()) != EOF) {
        if (c != ' ' || lastc != ' ')
            putchar(c);
        lastc = c;
    }
    return 0;
}
