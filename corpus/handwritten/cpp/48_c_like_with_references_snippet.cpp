#include <cstdio>
#include <cstring>

namespace util {
void swap_ints(int& a, int& b) { int t = a; a = b; b = t; }
}

int main() {
    int x = 3, y = 9;
    util::swap_ints(x, y);
    std::printf("x=%d y=%d\n", x, y);
    return 0;
}
