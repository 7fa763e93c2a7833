module util.props;

import std.format : format;
import std.stdio;

/// Generates a private field plus getter/setter that fires a change callback.
mixin template Observable(T, string name)
{
    mixin(format(q{
        private %1$s _%2$s;
        void delegate(string, %1$s)[] %2$sListeners;

        @property %1$s %2$s() const { return _%2$s; }

        @property void %2$s(%1$s v)
        {
            if (_%2$s == v) return;
            _%2$s = v;
            foreach (dg; %2$sListeners) dg("%2$s", v);
        }
    }, T.stringof, name));
}

string enumToStringCases(E)()
{
    string code = "final switch (value) {\n";
    foreach (m; __traits(allMembers, E))
        code ~= "case " ~ E.stringof ~ "." ~ m ~ ": return \"" ~ m ~ "\";\n";
    return code ~ "}\n";
}

enum Mood { happy, grumpy, sleepy }

string moodName(Mood value)
{
    mixin(enumToStringCases!Mood());
}

class Person
{
    mixin Observable!(string, "name");
    mixin Observable!(int, "age");
    mixin Observable!(Mood, "mood");
}

void main()
{
    auto p = new Person;
    p.nameListeners ~= (field, v) => writefln("%s changed to %s", field, v);
    p.ageListeners ~= (field, v) { if (v > 120) writeln("suspicious age!"); };

    p.name = "Walter";
    p.name = "Walter";   // no event, same value
    p.age = 130;
    p.mood = Mood.sleepy;

    writeln(p.name, " is ", moodName(p.mood));
}
