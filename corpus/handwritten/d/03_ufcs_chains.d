import std.stdio, std.algorithm, std.range, std.array, std.conv;

struct Employee
{
    string name;
    string dept;
    double salary;
    int age;
}

void main()
{
    auto staff = [
        Employee("Alice", "eng", 98_000, 34),
        Employee("Bob", "ops", 61_500, 45),
        Employee("Carol", "eng", 120_000, 29),
        Employee("Dan", "sales", 54_000, 51),
        Employee("Erin", "eng", 87_250, 41),
        Employee("Frank", "ops", 72_000, 38),
    ];

    // doubled evens, the classic
    auto evens = iota(1, 21).filter!(n => n % 2 == 0).map!(n => n * 2).array;
    writeln(evens);

    // names of engineers sorted by salary, descending
    auto engineers = staff
        .filter!(e => e.dept == "eng")
        .array
        .sort!((a, b) => a.salary > b.salary)
        .map!(e => e.name)
        .join(", ");
    writeln("engineers: ", engineers);

    // average age per department
    foreach (dept; staff.map!(e => e.dept).array.sort.uniq)
    {
        auto ages = staff.filter!(e => e.dept == dept).map!(e => e.age);
        immutable avg = ages.sum / double(ages.walkLength);
        writefln("%-6s avg age %.1f", dept, avg);
    }

    // total payroll as a string
    string total = staff.map!(e => e.salary).sum.to!long.to!string;
    writeln("payroll: $", total);

    // chunked output, 3 per line
    staff.map!(e => e.name).chunks(3).each!(c => writeln(c.join(" | ")));

    // zip with index, enumerate-style
    foreach (i, name; staff.map!(e => e.name).enumerate(1))
        writefln("%d. %s", i, name);
}
