enum TrafficLight : ubyte { red, amber, green }

TrafficLight next(TrafficLight t) pure nothrow @safe @nogc
{
    final switch (t) with (TrafficLight)
    {
        case red:   return green;
        case green: return amber;
        case amber: return red;
    }
}

unittest
{
    import std.traits : EnumMembers;
    foreach (t; EnumMembers!TrafficLight)
        assert(t.next.next.next == t);
}
