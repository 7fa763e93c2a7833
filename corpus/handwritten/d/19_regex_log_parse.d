module logstat;

import std.regex;
import std.stdio;
import std.conv : to;
import std.algorithm : sort, sum;
import std.array : array;

// 127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
enum pattern = ctRegex!(`^(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+|-)`);

void main(string[] args)
{
    ulong[string] hitsPerPath;
    ulong[int] statusCounts;
    ulong bytes, lines, bad;

    foreach (line; File(args.length > 1 ? args[1] : "/var/log/nginx/access.log").byLineCopy)
    {
        lines++;
        auto m = line.matchFirst(pattern);
        if (m.empty)
        {
            bad++;
            continue;
        }
        hitsPerPath[m[4]]++;
        statusCounts[m[5].to!int]++;
        if (m[6] != "-")
            bytes += m[6].to!ulong;
    }

    writefln("%d lines, %d unparsable, %.1f MiB served", lines, bad, bytes / 1048576.0);

    foreach (code; statusCounts.keys.sort)
        writefln("  %d: %d", code, statusCounts[code]);

    auto top = hitsPerPath.byKeyValue.array.sort!"a.value > b.value";
    foreach (kv; top[0 .. $ < 10 ? $ : 10])
        writefln("%8d  %s", kv.value, kv.key);
}
