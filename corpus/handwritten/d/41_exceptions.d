import std.stdio;
import std.exception : enforce, collectException;
import std.conv : to, ConvException;
import std.file : readText, FileException;

int parsePort(string s)
{
    auto p = s.to!int;   // may throw ConvException
    enforce(p > 0 && p < 65_536, "port out of range: " ~ s);
    return p;
}

void main(string[] args)
{
    try
    {
        auto text = readText(args.length > 1 ? args[1] : "port.txt");
        writeln("port = ", parsePort(text));
    }
    catch (FileException e)
        stderr.writeln("could not read file: ", e.msg);
    catch (ConvException e)
        stderr.writeln("not a number: ", e.msg);
    catch (Exception e)
        stderr.writeln("error: ", e.msg);
    finally
        writeln("done.");

    auto e = collectException(parsePort("70000"));
    assert(e !is null);
}
