module crc.ctfe;

/// CRC-32 lookup table generated at compile time.
private uint[256] makeTable() pure nothrow @safe @nogc
{
    uint[256] table;
    foreach (uint i; 0 .. 256)
    {
        uint c = i;
        foreach (_; 0 .. 8)
            c = (c & 1) ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

private static immutable uint[256] crcTable = makeTable();

uint crc32(scope const(ubyte)[] data, uint crc = 0) pure nothrow @safe @nogc
{
    crc = ~crc;
    foreach (b; data)
        crc = crcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

// Evaluated by the compiler, not at run time:
enum helloCrc = crc32(cast(const(ubyte)[]) "hello");
static assert(helloCrc == 0x3610A686);

/// Primes below N, also computed during compilation.
int[] primesBelow(int n) pure
{
    auto sieve = new bool[n];
    int[] result;
    foreach (i; 2 .. n)
    {
        if (sieve[i]) continue;
        result ~= i;
        for (int j = i * i; j < n; j += i)
            sieve[j] = true;
    }
    return result;
}

enum smallPrimes = primesBelow(100);
static assert(smallPrimes.length == 25);
static assert(smallPrimes[$ - 1] == 97);

unittest
{
    assert(crc32(cast(ubyte[]) "123456789") == 0xCBF43926);
    pragma(msg, "table[1] = ", crcTable[1]);
}
