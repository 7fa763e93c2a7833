/**
 * source/app.d for the `tidyup` dub package.
 *
 * Moves files from a downloads folder into subfolders by extension.
 */
module app;

import std.algorithm : canFind, each;
import std.file;
import std.getopt;
import std.path;
import std.stdio;
import std.string : toLower;

enum Version = "0.3.1";

immutable string[][string] buckets;

shared static this()
{
    buckets = [
        "images":    [".png", ".jpg", ".jpeg", ".gif", ".webp"],
        "documents": [".pdf", ".docx", ".odt", ".txt", ".md"],
        "archives":  [".zip", ".tar", ".gz", ".xz", ".7z"],
        "audio":     [".mp3", ".flac", ".ogg", ".wav"],
    ];
}

string bucketFor(string file)
{
    immutable ext = file.extension.toLower;
    foreach (name, exts; buckets)
        if (exts.canFind(ext))
            return name;
    return "misc";
}

int main(string[] args)
{
    string dir = expandTilde("~/Downloads");
    bool dryRun;
    bool verbose;

    auto helpInfo = getopt(args,
        "dir|d", "Directory to tidy", &dir,
        "dry-run|n", "Only print what would happen", &dryRun,
        "verbose|v", "Chatty output", &verbose);

    if (helpInfo.helpWanted)
    {
        defaultGetoptPrinter("tidyup " ~ Version ~ "\nUsage: tidyup [options]", helpInfo.options);
        return 0;
    }

    if (!dir.exists || !dir.isDir)
    {
        stderr.writefln("tidyup: %s is not a directory", dir);
        return 1;
    }

    size_t moved;
    foreach (DirEntry e; dirEntries(dir, SpanMode.shallow))
    {
        if (!e.isFile)
            continue;
        auto target = buildPath(dir, bucketFor(e.name));
        auto dest = buildPath(target, e.name.baseName);
        if (verbose || dryRun)
            writefln("%s -> %s", e.name.baseName, dest.relativePath(dir));
        if (!dryRun)
        {
            mkdirRecurse(target);
            rename(e.name, dest);
        }
        moved++;
    }

    writefln("%s %d file(s)", dryRun ? "would move" : "moved", moved);
    return 0;
}
