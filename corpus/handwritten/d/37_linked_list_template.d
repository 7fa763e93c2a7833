module containers.dlist;

import std.range.primitives : isInputRange, ElementType;
import std.exception : enforce;
import std.format : format;

/// Doubly linked list with range support and opApply.
final class DList(T)
{
    private static struct Node
    {
        T value;
        Node* prev, next;
    }

    private Node* head, tail;
    private size_t len;

    this() {}

    this(R)(R range) if (isInputRange!R && is(ElementType!R : T))
    {
        foreach (v; range)
            insertBack(v);
    }

    @property size_t length() const { return len; }
    @property bool empty() const { return len == 0; }

    void insertFront(T value)
    {
        auto n = new Node(value, null, head);
        if (head) head.prev = n; else tail = n;
        head = n;
        ++len;
    }

    void insertBack(T value)
    {
        auto n = new Node(value, tail, null);
        if (tail) tail.next = n; else head = n;
        tail = n;
        ++len;
    }

    alias put = insertBack;

    T removeFront()
    {
        enforce(head, "removeFront on empty list");
        auto v = head.value;
        head = head.next;
        if (head) head.prev = null; else tail = null;
        --len;
        return v;
    }

    T removeBack()
    {
        enforce(tail, "removeBack on empty list");
        auto v = tail.value;
        tail = tail.prev;
        if (tail) tail.next = null; else head = null;
        --len;
        return v;
    }

    @property ref T front() { enforce(head); return head.value; }
    @property ref T back() { enforce(tail); return tail.value; }

    /// Removes all elements for which pred is true; returns how many went.
    size_t removeWhere(alias pred)()
    {
        size_t removed;
        for (auto n = head; n !is null;)
        {
            auto next = n.next;
            if (pred(n.value))
            {
                if (n.prev) n.prev.next = n.next; else head = n.next;
                if (n.next) n.next.prev = n.prev; else tail = n.prev;
                --len;
                ++removed;
            }
            n = next;
        }
        return removed;
    }

    int opApply(scope int delegate(ref T) dg)
    {
        for (auto n = head; n; n = n.next)
            if (auto r = dg(n.value))
                return r;
        return 0;
    }

    int opApply(scope int delegate(size_t, ref T) dg)
    {
        size_t i;
        for (auto n = head; n; n = n.next, ++i)
            if (auto r = dg(i, n.value))
                return r;
        return 0;
    }

    int opApplyReverse(scope int delegate(ref T) dg)
    {
        for (auto n = tail; n; n = n.prev)
            if (auto r = dg(n.value))
                return r;
        return 0;
    }

    /// Bidirectional range over the list (does not consume it).
    static struct Range
    {
        private Node* f, b;
        private size_t remaining;

        @property bool empty() const { return remaining == 0; }
        @property ref T front() { return f.value; }
        @property ref T back() { return b.value; }
        void popFront() { f = f.next; --remaining; }
        void popBack() { b = b.prev; --remaining; }
        @property Range save() { return this; }
        @property size_t length() const { return remaining; }
    }

    Range opSlice() { return Range(head, tail, len); }

    override string toString()
    {
        return format("DList%s", this[]);
    }
}

unittest
{
    import std.algorithm : equal, map, sum;
    import std.range : retro, iota;
    import std.range.primitives : isBidirectionalRange;

    static assert(isBidirectionalRange!(DList!int.Range));

    auto l = new DList!int(iota(1, 6));
    assert(l.length == 5);
    assert(l[].equal([1, 2, 3, 4, 5]));
    assert(l[].retro.equal([5, 4, 3, 2, 1]));

    l.insertFront(0);
    l.insertBack(6);
    assert(l.front == 0 && l.back == 6);

    assert(l.removeWhere!(x => x % 2 == 1) == 3);
    assert(l[].equal([0, 2, 4, 6]));

    foreach (ref x; l)
        x *= 10;
    assert(l[].sum == 120);

    int[] collected;
    foreach_reverse (x; l)
        collected ~= x;
    assert(collected == [60, 40, 20, 0]);

    foreach (i, x; l)
        assert(x == i * 20);

    assert(l.removeFront() == 0);
    assert(l.removeBack() == 60);
    assert(l.toString == "DList[20, 40]");
}

unittest
{
    import std.exception : assertThrown;
    auto empty = new DList!string;
    assertThrown(empty.removeFront());
    assert(empty[].empty);
}
