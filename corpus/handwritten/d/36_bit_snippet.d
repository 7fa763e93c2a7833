import core.bitop : popcnt, bsr;
import std.stdio;

void main()
{
    uint flags = 0b1011_0010;
    writefln("%08b has %d bits set, highest is bit %d", flags, popcnt(flags), bsr(flags));
}
