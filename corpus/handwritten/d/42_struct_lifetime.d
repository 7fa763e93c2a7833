module mem.buffer;

import core.stdc.stdlib : malloc, free, realloc;
import core.stdc.string : memcpy;
import std.stdio;

/// Reference-counted growable byte buffer with manual memory.
struct Buffer
{
    private static struct Payload
    {
        ubyte* ptr;
        size_t len, cap;
        uint refs;
    }

    private Payload* p;

    @disable this();

    static Buffer create(size_t initial = 64)
    {
        Buffer b = Buffer.init;
        b.p = cast(Payload*) malloc(Payload.sizeof);
        b.p.ptr = cast(ubyte*) malloc(initial);
        b.p.len = 0;
        b.p.cap = initial;
        b.p.refs = 1;
        return b;
    }

    this(this)
    {
        if (p) ++p.refs;
    }

    ~this()
    {
        if (p && --p.refs == 0)
        {
            debug writeln("freeing buffer of ", p.cap, " bytes");
            free(p.ptr);
            free(p);
        }
    }

    void append(const(ubyte)[] data)
    {
        if (p.len + data.length > p.cap)
        {
            auto ncap = p.cap * 2;
            while (ncap < p.len + data.length)
                ncap *= 2;
            p.ptr = cast(ubyte*) realloc(p.ptr, ncap);
            p.cap = ncap;
        }
        memcpy(p.ptr + p.len, data.ptr, data.length);
        p.len += data.length;
    }

    void opOpAssign(string op : "~")(const(char)[] s)
    {
        append(cast(const(ubyte)[]) s);
    }

    inout(ubyte)[] opSlice() inout return { return p.ptr[0 .. p.len]; }
    @property size_t length() const { return p.len; }
    @property uint refCount() const { return p.refs; }
}

unittest
{
    auto a = Buffer.create(4);
    a ~= "hello";
    assert(a.length == 5);
    {
        auto b = a;             // postblit bumps refcount
        assert(a.refCount == 2);
        b ~= ", world";
    }
    assert(a.refCount == 1);
    assert(cast(string) a[] == "hello, world");

    static assert(!__traits(compiles, { Buffer x; }));
}
