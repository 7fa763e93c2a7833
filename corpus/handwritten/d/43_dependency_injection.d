module di.container;

import std.traits : Parameters, isAbstractClass, BaseClassesTuple, InterfacesTuple;
import std.meta : staticMap;
import std.exception : enforce;
import std.format : format;
import std.stdio;

enum Lifetime { transient, singleton }

/// Tiny constructor-injection container resolved by type.
class Container
{
    private Object delegate()[TypeInfo] factories;
    private Object[TypeInfo] singletons;
    private Lifetime[TypeInfo] lifetimes;

    /// Register `Impl` to satisfy requests for `Iface`.
    Container register(Iface, Impl = Iface)(Lifetime lt = Lifetime.transient)
        if (is(Impl : Iface) && !isAbstractClass!Impl)
    {
        auto key = typeid(Iface);
        lifetimes[key] = lt;
        factories[key] = () => cast(Object) construct!Impl();
        return this;
    }

    /// Register a ready-made instance (always a singleton).
    Container instance(Iface)(Iface obj)
    {
        auto key = typeid(Iface);
        lifetimes[key] = Lifetime.singleton;
        singletons[key] = cast(Object) obj;
        factories[key] = () => cast(Object) obj;
        return this;
    }

    T resolve(T)()
    {
        auto key = typeid(T);
        auto f = key in factories;
        enforce(f !is null, format("no registration for %s", T.stringof));

        if (lifetimes[key] == Lifetime.singleton)
        {
            if (auto existing = key in singletons)
                return cast(T) *existing;
            auto obj = (*f)();
            singletons[key] = obj;
            return cast(T) obj;
        }
        return cast(T) (*f)();
    }

    private Impl construct(Impl)()
    {
        static if (__traits(hasMember, Impl, "__ctor"))
        {
            alias Params = Parameters!(__traits(getMember, Impl, "__ctor"));
            Params args;
            static foreach (i, P; Params)
            {
                static assert(is(P == class) || is(P == interface),
                    format("cannot inject parameter %s of %s", P.stringof, Impl.stringof));
                args[i] = resolve!P();
            }
            return new Impl(args);
        }
        else
            return new Impl();
    }
}

// --- example application --------------------------------------------------

interface Logger { void log(string msg); }
interface Clock { long now(); }
interface UserRepo { string find(int id); }

class ConsoleLogger : Logger
{
    private static int instances;
    this() { ++instances; }
    void log(string msg) { writeln("[log] ", msg); }
}

class FixedClock : Clock
{
    long now() { return 1_700_000_000; }
}

class MemoryUserRepo : UserRepo
{
    private Logger logger;
    private string[int] users;

    this(Logger logger)
    {
        this.logger = logger;
        users = [1: "ada", 2: "grace", 3: "barbara"];
    }

    string find(int id)
    {
        logger.log(format("lookup user %d", id));
        return users.get(id, "<unknown>");
    }
}

class GreetingService
{
    private UserRepo repo;
    private Clock clock;
    private Logger logger;

    this(UserRepo repo, Clock clock, Logger logger)
    {
        this.repo = repo;
        this.clock = clock;
        this.logger = logger;
    }

    string greet(int userId)
    {
        auto name = repo.find(userId);
        logger.log("greeting at " ~ format("%d", clock.now));
        return "Hello, " ~ name ~ "!";
    }
}

unittest
{
    auto c = new Container;
    c.register!(Logger, ConsoleLogger)(Lifetime.singleton)
     .register!(Clock, FixedClock)
     .register!(UserRepo, MemoryUserRepo)
     .register!GreetingService;

    auto svc = c.resolve!GreetingService;
    assert(svc.greet(2) == "Hello, grace!");
    assert(svc.greet(9) == "Hello, <unknown>!");

    assert(c.resolve!Logger is c.resolve!Logger);
    assert(c.resolve!Clock !is c.resolve!Clock);
    assert(ConsoleLogger.instances == 1);
}

unittest
{
    import std.exception : assertThrown;
    auto c = new Container;
    assertThrown(c.resolve!Clock);

    class Fake : Clock { long now() { return 42; } }
    c.instance!Clock(new Fake);
    assert(c.resolve!Clock.now == 42);
}
