module events;

import std.stdio;
import std.algorithm : remove, countUntil;
import std.functional : toDelegate;

/// Simple typed event with subscribe/unsubscribe.
struct Event(Args...)
{
    alias Handler = void delegate(Args);
    private Handler[] handlers;

    void opOpAssign(string op : "~")(Handler h) { handlers ~= h; }

    void opOpAssign(string op : "-")(Handler h)
    {
        auto i = handlers.countUntil(h);
        if (i >= 0)
            handlers = handlers.remove(i);
    }

    void opCall(Args args)
    {
        foreach (h; handlers)
            h(args);
    }

    @property size_t subscribers() const { return handlers.length; }
}

class Thermostat
{
    Event!(double, double) temperatureChanged;   // old, new
    Event!() overheated;

    private double temp = 20.0;
    immutable double limit;

    this(double limit = 30.0) { this.limit = limit; }

    void reading(double t)
    {
        if (t == temp) return;
        immutable old = temp;
        temp = t;
        temperatureChanged(old, t);
        if (t > limit)
            overheated();
    }
}

void logChange(double a, double b)
{
    writefln("[log] %.1f -> %.1f", a, b);
}

void main()
{
    auto th = new Thermostat(25);
    int alarms;

    th.temperatureChanged ~= toDelegate(&logChange);
    th.temperatureChanged ~= (double a, double b) {
        if (b - a > 3) writeln("  rapid rise!");
    };
    th.overheated ~= () { alarms++; writeln("  ALARM"); };

    foreach (t; [21.0, 22.5, 27.0, 27.0, 24.0, 31.5])
        th.reading(t);

    writefln("%d alarms, %d change listeners", alarms, th.temperatureChanged.subscribers);

    // closures capture by reference
    int counter;
    auto inc = () { counter++; };
    th.overheated ~= inc;
    th.reading(40);
    th.overheated -= inc;
    th.reading(45);
    writeln("counter = ", counter);
}
