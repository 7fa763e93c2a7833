#include <stdio.h>

template <typename T>
static T max_of(const T* arr, int n) {
    T best = arr[0];
    for (int i = 1; i < n; i++)
        if (arr[i] > best) best = arr[i];
    return best;
}

int main(void) {
    int a[] = {4, 9, 2};
    double b[] = {0.5, -1.0};
    printf("%d %.1f\n", max_of(a, 3), max_of(b, 2));
}
