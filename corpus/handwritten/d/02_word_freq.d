module wordfreq;

import std.stdio;
import std.algorithm : sort, splitter, filter, map;
import std.array : array;
import std.string : toLower, strip;
import std.uni : isAlpha;
import std.conv : to;

void main(string[] args)
{
    auto file = args.length > 1 ? File(args[1]) : stdin;
    size_t[string] counts;

    foreach (line; file.byLine)
    {
        foreach (word; line.splitter!(c => !c.isAlpha))
        {
            if (word.length == 0)
                continue;
            counts[word.idup.toLower]++;
        }
    }

    auto pairs = counts.byKeyValue.array;
    pairs.sort!((a, b) => a.value > b.value || (a.value == b.value && a.key < b.key));

    immutable limit = args.length > 2 ? args[2].to!size_t : 20;
    foreach (i, kv; pairs)
    {
        if (i >= limit)
            break;
        writefln("%4d  %-20s %6d", i + 1, kv.key, kv.value);
    }

    writefln("\n%d distinct words", counts.length);
}
