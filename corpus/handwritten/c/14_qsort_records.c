#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct city { const char *name; double pop_m; int founded; };

static int by_pop_desc(const void *a, const void *b)
{
    const struct city *x = a, *y = b;
    return (x->pop_m < y->pop_m) - (x->pop_m > y->pop_m);
}

int main(void)
{
    struct city cities[] = {
        { "Lagos", 15.4, 1472 }, { "Lima", 10.9, 1535 },
        { "Osaka", 19.1, 645 }, { "Cairo", 21.3, 969 },
    };
    size_t n = sizeof cities / sizeof cities[0];
    qsort(cities, n, sizeof cities[0], by_pop_desc);
    for (size_t i = 0; i < n; i++)
        printf("%-8s %5.1fM  (%d)\n", cities[i].name, cities[i].pop_m, cities[i].founded);
    return 0;
}
