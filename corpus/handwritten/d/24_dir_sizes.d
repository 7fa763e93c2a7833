import std.file, std.path, std.stdio, std.algorithm, std.array;

void main(string[] args)
{
    immutable root = args.length > 1 ? args[1] : ".";
    ulong[string] sizes;

    foreach (entry; dirEntries(root, SpanMode.depth, false))
    {
        if (!entry.isFile) continue;
        auto top = entry.name.relativePath(root).pathSplitter.front;
        sizes[top] += entry.size;
    }

    foreach (kv; sizes.byKeyValue.array.sort!((a, b) => a.value > b.value))
        writefln("%10.1f KiB  %s", kv.value / 1024.0, kv.key);
}
