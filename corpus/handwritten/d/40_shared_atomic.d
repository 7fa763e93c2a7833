module stats.counter;

import core.atomic;
import core.sync.mutex : Mutex;
import core.thread;
import std.stdio;

/// Lock-free hit counter shared between threads.
shared struct HitCounter
{
    private ulong hits;
    private ulong misses;

    void hit() { atomicOp!"+="(hits, 1); }
    void miss() { atomicOp!"+="(misses, 1); }

    double ratio() const
    {
        immutable h = atomicLoad(hits), m = atomicLoad(misses);
        return h + m == 0 ? 0.0 : cast(double) h / (h + m);
    }
}

/// Mutex-protected cache; `synchronized` class methods lock `this`.
synchronized class Cache
{
    private string[string] store;

    string get(string key, ref shared HitCounter stats)
    {
        if (auto p = key in store)
        {
            stats.hit();
            return *p;
        }
        stats.miss();
        return null;
    }

    void put(string key, string value)
    {
        store[key] = value;
    }

    size_t size() const { return store.length; }
}

shared HitCounter stats;
__gshared Mutex printLock;

shared static this()
{
    printLock = new Mutex;
}

void main()
{
    auto cache = new shared Cache;
    foreach (i; 0 .. 50)
        cache.put("k" ~ cast(char)('a' + i % 26), "value");

    Thread[] threads;
    foreach (t; 0 .. 8)
    {
        threads ~= new Thread({
            import std.random : uniform;
            import std.conv : to;
            foreach (_; 0 .. 10_000)
            {
                auto key = "k" ~ cast(char)('a' + uniform(0, 40));
                cache.get(key, stats);
            }
            synchronized (printLock)
                writeln(Thread.getThis.name, " done");
        });
        threads[$ - 1].name = "worker-" ~ cast(char)('0' + t);
        threads[$ - 1].start();
    }

    foreach (th; threads)
        th.join();

    writefln("cache size %d, hit ratio %.3f", cache.size, stats.ratio);
}
