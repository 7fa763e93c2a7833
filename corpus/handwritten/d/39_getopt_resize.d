#!/usr/bin/env rdmd
module thumbs;

import std.getopt;
import std.stdio;
import std.file : dirEntries, SpanMode, exists, mkdirRecurse;
import std.path : buildPath, baseName, stripExtension;
import std.process : execute;
import std.parallelism : parallel;
import std.format : format;
import std.algorithm : filter, endsWith;
import std.array : array;
import std.uni : toLower;

struct Options
{
    string input = ".";
    string output = "thumbs";
    uint size = 256;
    uint quality = 85;
    bool overwrite;
}

int main(string[] args)
{
    Options opt;
    GetoptResult r;
    try
    {
        r = getopt(args,
            std.getopt.config.caseSensitive,
            "i|input",   "source folder (default .)", &opt.input,
            "o|output",  "destination folder", &opt.output,
            "s|size",    "longest edge in px", &opt.size,
            "q|quality", "JPEG quality 1-100", &opt.quality,
            "f|force",   "overwrite existing thumbs", &opt.overwrite);
    }
    catch (GetOptException e)
    {
        stderr.writeln("thumbs: ", e.msg);
        return 2;
    }

    if (r.helpWanted)
    {
        defaultGetoptPrinter("Make thumbnails with ImageMagick.", r.options);
        return 0;
    }

    mkdirRecurse(opt.output);

    auto images = dirEntries(opt.input, SpanMode.shallow)
        .filter!(e => e.isFile)
        .filter!(e => e.name.toLower.endsWith(".jpg", ".jpeg", ".png"))
        .array;

    foreach (img; parallel(images))
    {
        auto dest = buildPath(opt.output, img.name.baseName.stripExtension ~ "_thumb.jpg");
        if (dest.exists && !opt.overwrite)
            continue;
        auto res = execute(["convert", img.name,
                            "-thumbnail", format("%dx%d>", opt.size, opt.size),
                            "-quality", format("%d", opt.quality), dest]);
        if (res.status != 0)
            stderr.writefln("failed on %s: %s", img.name, res.output);
        else
            writeln(dest);
    }
    return 0;
}
