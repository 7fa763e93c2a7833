module bank.account;

import std.exception : enforce;
import std.format : format;

class InsufficientFunds : Exception
{
    this(long wanted, long available, string file = __FILE__, size_t line = __LINE__)
    {
        super(format("wanted %d cents but only %d available", wanted, available), file, line);
    }
}

class Account
{
    private long balanceCents;
    immutable string owner;

    invariant
    {
        assert(balanceCents >= 0, "balance went negative");
    }

    this(string owner, long opening = 0)
    in (owner.length > 0, "owner required")
    in (opening >= 0)
    {
        this.owner = owner;
        this.balanceCents = opening;
    }

    long balance() const @property { return balanceCents; }

    void deposit(long cents)
    in
    {
        assert(cents > 0, "deposit must be positive");
    }
    out
    {
        assert(balanceCents >= cents);
    }
    do
    {
        balanceCents += cents;
    }

    long withdraw(long cents)
    in (cents > 0)
    out (result; result == cents)
    {
        if (cents > balanceCents)
            throw new InsufficientFunds(cents, balanceCents);
        balanceCents -= cents;
        return cents;
    }

    void transferTo(Account other, long cents)
    in (other !is null && other !is this)
    {
        other.deposit(withdraw(cents));
    }

    override string toString() const
    {
        return format("%s: %d.%02d", owner, balanceCents / 100, balanceCents % 100);
    }
}

unittest
{
    import std.exception : assertThrown;

    auto a = new Account("ann", 10_000);
    auto b = new Account("ben");
    a.transferTo(b, 2_550);
    assert(a.balance == 7_450);
    assert(b.balance == 2_550);
    assert(b.toString == "ben: 25.50");
    assertThrown!InsufficientFunds(b.withdraw(1_000_000));
}
