module workers;

import std.concurrency;
import std.stdio;
import std.datetime : msecs, seconds;
import std.random : uniform;
import core.thread : Thread;

struct Job { int id; string payload; }
struct Result { int id; size_t length; Tid worker; }
struct Shutdown {}

void worker(Tid boss)
{
    bool running = true;
    while (running)
    {
        receive(
            (Job j) {
                Thread.sleep(uniform(10, 60).msecs);   // pretend work
                send(boss, Result(j.id, j.payload.length, thisTid));
            },
            (Shutdown _) { running = false; },
            (OwnerTerminated _) { running = false; }
        );
    }
}

void main()
{
    enum nWorkers = 4;
    Tid[] pool;
    foreach (i; 0 .. nWorkers)
        pool ~= spawn(&worker, thisTid);

    auto words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
    foreach (i, w; words)
        pool[i % nWorkers].send(Job(cast(int) i, w));

    size_t received;
    while (received < words.length)
    {
        auto got = receiveTimeout(2.seconds, (Result r) {
            writefln("job %d -> %d chars", r.id, r.length);
            received++;
        });
        if (!got)
        {
            stderr.writeln("timed out waiting for workers");
            break;
        }
    }

    foreach (tid; pool)
        tid.send(Shutdown());
}
