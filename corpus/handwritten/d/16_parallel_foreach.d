import std.parallelism, std.math, std.stdio, std.range;

void main()
{
    auto results = new double[1_000_000];
    foreach (i, ref r; parallel(results))
        r = sin(i * 0.001) ^^ 2;

    auto total = taskPool.reduce!"a + b"(results);
    writefln("sum = %.4f using %d threads", total, totalCPUs);
}
