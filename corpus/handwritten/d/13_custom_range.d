module ranges.collatz;

import std.range.primitives;
import std.algorithm : maxElement, map, equal;
import std.range : iota, take;
import std.typecons : tuple;
import std.stdio : writeln, writefln;

/// Input range over the Collatz sequence starting at `n`.
struct Collatz
{
    private ulong current;
    private bool done;

    this(ulong start) pure nothrow @safe
    in (start > 0)
    {
        current = start;
    }

    @property bool empty() const pure nothrow @safe { return done; }
    @property ulong front() const pure nothrow @safe { return current; }

    void popFront() pure nothrow @safe
    {
        if (current == 1)
        {
            done = true;
            return;
        }
        current = (current & 1) ? 3 * current + 1 : current / 2;
    }
}

static assert(isInputRange!Collatz);
static assert(!isForwardRange!Collatz);

auto collatz(ulong n) { return Collatz(n); }

unittest
{
    assert(collatz(6).equal([6, 3, 10, 5, 16, 8, 4, 2, 1]));
    assert(collatz(1).walkLength == 1);
}

void main()
{
    writeln(collatz(27).take(10));

    auto longest = iota(1UL, 10_000UL)
        .map!(n => tuple(n, collatz(n).walkLength))
        .maxElement!(t => t[1]);

    writefln("longest chain under 10000 starts at %d (%d steps)", longest[0], longest[1]);
}
