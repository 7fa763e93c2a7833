import std.stdio;

void copyFile(string from, string to)
{
    auto src = File(from, "rb");
    scope (exit) src.close();

    auto dst = File(to ~ ".part", "wb");
    scope (failure) { dst.close(); import std.file : remove; remove(to ~ ".part"); }
    scope (success) { dst.close(); import std.file : rename; rename(to ~ ".part", to); }

    foreach (chunk; src.byChunk(64 * 1024))
        dst.rawWrite(chunk);

    writeln("copied ", from, " -> ", to);
}
