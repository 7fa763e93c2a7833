import std.csv;
import std.stdio;
import std.algorithm;
import std.array;
import std.range : take;
import std.typecons : Tuple;
import std.format : format;
import std.datetime.date : Date;

struct Sale
{
    string date;
    string region;
    string product;
    int units;
    double unitPrice;
}

void main(string[] args)
{
    auto text = File(args.length > 1 ? args[1] : "sales.csv").byLine.joiner("\n").array;

    Sale[] sales = csvReader!Sale(text, null).array;
    writefln("loaded %s rows", sales.length);

    double[string] byRegion;
    int[string] unitsByProduct;
    foreach (s; sales)
    {
        byRegion[s.region] += s.units * s.unitPrice;
        unitsByProduct[s.product] += s.units;
    }

    writeln("\nRevenue by region");
    writeln("-----------------");
    foreach (region; byRegion.keys.sort)
        writefln("%-12s %12.2f", region, byRegion[region]);

    writeln("\nTop 5 products by units");
    writeln("-----------------------");
    unitsByProduct.byKeyValue
        .array
        .sort!((a, b) => a.value > b.value)
        .take(5)
        .each!(kv => writefln("%-20s %6d", kv.key, kv.value));

    auto months = sales
        .map!(s => Date.fromISOExtString(s.date))
        .map!(d => format("%04d-%02d", d.year, cast(int) d.month))
        .array
        .sort
        .uniq
        .array;
    writefln("\nmonths covered: %(%s, %)", months);
}

