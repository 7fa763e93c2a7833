// dmd -betterC hello.d
import core.stdc.stdio : printf;
import core.stdc.stdlib : malloc, free;

extern (C) int main(int argc, char** argv)
{
    int* squares = cast(int*) malloc(int.sizeof * 10);
    scope (exit) free(squares);

    foreach (i; 0 .. 10)
        squares[i] = i * i;

    foreach (i, s; squares[0 .. 10])
        printf("%d^2 = %d\n", cast(int) i, s);

    return 0;
}
