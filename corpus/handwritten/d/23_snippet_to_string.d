import std.conv;
import std.stdio;

void main() {
    int x = 42;
    string s = to!string(x) ~ "!";
    auto back = "123".to!int + 1;
    writefln("%s %d", s, back);
}
