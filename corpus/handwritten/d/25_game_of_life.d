module life;

import std.stdio;
import std.random : uniform, Random, unpredictableSeed;
import std.array : appender;
import core.thread : Thread;
import core.time : msecs;

struct Grid
{
    size_t width, height;
    private bool[] cells;

    this(size_t w, size_t h)
    {
        width = w;
        height = h;
        cells = new bool[w * h];
    }

    bool opIndex(ptrdiff_t x, ptrdiff_t y) const
    {
        // toroidal wrap-around
        x = (x + width) % width;
        y = (y + height) % height;
        return cells[y * width + x];
    }

    void opIndexAssign(bool v, size_t x, size_t y)
    {
        cells[y * width + x] = v;
    }

    int neighbours(size_t x, size_t y) const
    {
        int n;
        foreach (dy; -1 .. 2)
            foreach (dx; -1 .. 2)
                if ((dx || dy) && this[x + dx, y + dy])
                    n++;
        return n;
    }

    Grid step() const
    {
        auto next = Grid(width, height);
        foreach (y; 0 .. height)
            foreach (x; 0 .. width)
            {
                immutable n = neighbours(x, y);
                next[x, y] = this[x, y] ? (n == 2 || n == 3) : n == 3;
            }
        return next;
    }

    void randomize(double density = 0.3)
    {
        auto rng = Random(unpredictableSeed);
        foreach (ref c; cells)
            c = uniform(0.0, 1.0, rng) < density;
    }

    void placeGlider(size_t ox, size_t oy)
    {
        static immutable int[2][] glider = [[1, 0], [2, 1], [0, 2], [1, 2], [2, 2]];
        foreach (p; glider)
            this[ox + p[0], oy + p[1]] = true;
    }

    size_t population() const
    {
        import std.algorithm : count;
        return cells.count(true);
    }

    string render() const
    {
        auto buf = appender!string;
        foreach (y; 0 .. height)
        {
            foreach (x; 0 .. width)
                buf.put(this[x, y] ? '#' : '.');
            buf.put('\n');
        }
        return buf.data;
    }
}

unittest
{
    // a blinker oscillates with period 2
    auto g = Grid(5, 5);
    g[1, 2] = true; g[2, 2] = true; g[3, 2] = true;
    auto g2 = g.step().step();
    assert(g2.render == g.render);
    assert(g.step()[2, 1] && g.step()[2, 3]);
}

void main(string[] args)
{
    auto grid = Grid(60, 24);
    if (args.length > 1 && args[1] == "--glider")
        grid.placeGlider(1, 1);
    else
        grid.randomize();

    foreach (gen; 0 .. 200)
    {
        write("\x1b[H\x1b[2J");
        writef("generation %d, population %d\n", gen, grid.population);
        write(grid.render);
        stdout.flush();
        grid = grid.step();
        Thread.sleep(80.msecs);
    }
}
