module serial.dump;

import std.array : appender;
import std.conv : to;
import std.range : isInputRange;
import std.traits;

struct Skip {}
struct Name { string value; }

/// Tiny compile-time reflective serializer to a JSON-ish string.
string serialize(T)(auto ref T value)
{
    static if (is(T == string))
        return `"` ~ value ~ `"`;
    else static if (isBoolean!T)
        return value ? "true" : "false";
    else static if (isNumeric!T || isSomeChar!T)
        return value.to!string;
    else static if (is(T == enum))
        return `"` ~ value.to!string ~ `"`;
    else static if (isAssociativeArray!T)
    {
        auto app = appender!string("{");
        bool first = true;
        foreach (k, v; value)
        {
            if (!first) app ~= ",";
            first = false;
            app ~= serialize(k.to!string) ~ ":" ~ serialize(v);
        }
        app ~= "}";
        return app.data;
    }
    else static if (isArray!T || isInputRange!T)
    {
        auto app = appender!string("[");
        bool first = true;
        foreach (el; value)
        {
            if (!first) app ~= ",";
            first = false;
            app ~= serialize(el);
        }
        app ~= "]";
        return app.data;
    }
    else static if (is(T == struct) || is(T == class))
    {
        static if (is(T == class))
            if (value is null) return "null";

        auto app = appender!string("{");
        bool first = true;
        static foreach (member; FieldNameTuple!T)
        {{
            alias field = __traits(getMember, T, member);
            static if (!hasUDA!(field, Skip))
            {
                static if (hasUDA!(field, Name))
                    enum key = getUDAs!(field, Name)[0].value;
                else
                    enum key = member;

                if (!first) app ~= ",";
                first = false;
                app ~= `"` ~ key ~ `":` ~ serialize(__traits(getMember, value, member));
            }
        }}
        app ~= "}";
        return app.data;
    }
    else
        static assert(false, "cannot serialize " ~ T.stringof);
}

enum Colour { red, green, blue }

struct Point { int x, y; }

struct Shape
{
    @Name("kind") string type;
    Point[] points;
    Colour colour;
    @Skip void* cache;
    double[string] meta;
}

unittest
{
    assert(serialize(42) == "42");
    assert(serialize("hi") == `"hi"`);
    assert(serialize([1, 2, 3]) == "[1,2,3]");
    assert(serialize(Point(1, 2)) == `{"x":1,"y":2}`);

    auto s = Shape("tri", [Point(0, 0), Point(1, 0), Point(0, 1)], Colour.blue);
    assert(serialize(s) ==
        `{"kind":"tri","points":[{"x":0,"y":0},{"x":1,"y":0},{"x":0,"y":1}],"colour":"blue","meta":{}}`);
}

static assert(__traits(compiles, serialize(Shape.init)));
static assert(!__traits(compiles, serialize((int x) => x)));
