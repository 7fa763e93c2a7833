module containers.stack;

import std.exception : enforce;
import std.traits : isNumeric;

/// A simple growable stack.
class Stack(T)
{
    private T[] items;

    void push(T value) { items ~= value; }

    T pop()
    {
        enforce(!empty, "pop from empty stack");
        auto top = items[$ - 1];
        items = items[0 .. $ - 1];
        return top;
    }

    @property ref T peek() { return items[$ - 1]; }
    @property bool empty() const { return items.length == 0; }
    @property size_t length() const { return items.length; }

    static if (isNumeric!T)
    {
        T total() const
        {
            T s = 0;
            foreach (x; items) s += x;
            return s;
        }
    }
}

alias IntStack = Stack!int;

unittest
{
    auto s = new IntStack;
    assert(s.empty);
    s.push(1);
    s.push(2);
    s.push(3);
    assert(s.length == 3);
    assert(s.total == 6);
    assert(s.pop() == 3);
    assert(s.peek == 2);
}

unittest
{
    import std.exception : assertThrown;

    auto s = new Stack!string;
    static assert(!__traits(hasMember, typeof(s), "total"));
    s.push("a");
    assert(s.pop() == "a");
    assertThrown(s.pop());
}
