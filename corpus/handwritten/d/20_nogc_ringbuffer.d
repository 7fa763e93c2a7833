module core_util.ring;

/// Fixed-capacity ring buffer usable from @nogc / nothrow code.
struct RingBuffer(T, size_t N)
    if (N > 0 && (N & (N - 1)) == 0)   // power of two
{
    private T[N] data;
    private size_t head;   // next write
    private size_t tail;   // next read

    @safe pure nothrow @nogc:

    @property size_t length() const { return head - tail; }
    @property bool empty() const { return head == tail; }
    @property bool full() const { return length == N; }
    enum capacity = N;

    bool put(T value)
    {
        if (full)
            return false;
        data[head & (N - 1)] = value;
        ++head;
        return true;
    }

    /// Overwrites the oldest element when full.
    void force(T value)
    {
        if (full)
            ++tail;
        data[head & (N - 1)] = value;
        ++head;
    }

    @property ref inout(T) front() inout
    in (!empty)
    {
        return data[tail & (N - 1)];
    }

    void popFront()
    in (!empty)
    {
        ++tail;
    }

    void clear() { head = tail = 0; }
}

@safe pure nothrow @nogc unittest
{
    RingBuffer!(int, 4) rb;
    assert(rb.empty);
    foreach (i; 1 .. 5)
        assert(rb.put(i));
    assert(rb.full);
    assert(!rb.put(99));

    assert(rb.front == 1);
    rb.popFront();
    rb.force(5);
    rb.force(6);    // drops 2

    int[4] expect = [3, 4, 5, 6];
    size_t k;
    foreach (v; rb)   // it's an input range
        assert(v == expect[k++]);
    assert(k == 4);
}

static assert(!__traits(compiles, RingBuffer!(int, 3)));
