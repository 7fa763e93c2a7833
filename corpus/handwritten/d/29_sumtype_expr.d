module expr;

import std.sumtype;
import std.stdio;
import std.format : format;
import std.math : pow;

struct Num { double value; }
struct Var { string name; }
struct BinOp { char op; Expr* lhs, rhs; }
struct Neg { Expr* operand; }
struct Call { string fn; Expr*[] args; }

alias Expr = SumType!(Num, Var, BinOp, Neg, Call);

Expr* num(double v) { return new Expr(Num(v)); }
Expr* var(string n) { return new Expr(Var(n)); }
Expr* bin(char op, Expr* l, Expr* r) { return new Expr(BinOp(op, l, r)); }
Expr* neg(Expr* e) { return new Expr(Neg(e)); }
Expr* call(string f, Expr*[] a...) { return new Expr(Call(f, a.dup)); }

double eval(const(Expr)* e, const double[string] env)
{
    return (*e).match!(
        (const Num n) => n.value,
        (const Var v) {
            if (auto p = v.name in env)
                return *p;
            throw new Exception("unbound variable " ~ v.name);
        },
        (const BinOp b) {
            immutable l = eval(b.lhs, env), r = eval(b.rhs, env);
            switch (b.op)
            {
                case '+': return l + r;
                case '-': return l - r;
                case '*': return l * r;
                case '/': return l / r;
                case '^': return pow(l, r);
                default: assert(0, "bad operator");
            }
        },
        (const Neg n) => -eval(n.operand, env),
        (const Call c) {
            import std.algorithm : map, maxElement, minElement;
            import std.array : array;
            auto args = c.args.map!(a => eval(a, env)).array;
            switch (c.fn)
            {
                case "max": return args.maxElement;
                case "min": return args.minElement;
                default: throw new Exception("unknown function " ~ c.fn);
            }
        }
    );
}

string show(const(Expr)* e)
{
    return (*e).match!(
        (const Num n) => format("%g", n.value),
        (const Var v) => v.name,
        (const BinOp b) => format("(%s %s %s)", show(b.lhs), b.op, show(b.rhs)),
        (const Neg n) => "-" ~ show(n.operand),
        (const Call c) {
            import std.algorithm : map;
            return format("%s(%-(%s, %))", c.fn, c.args.map!show);
        }
    );
}

/// constant folding: returns a new tree
Expr* simplify(Expr* e)
{
    return (*e).match!(
        (BinOp b) {
            auto l = simplify(b.lhs), r = simplify(b.rhs);
            if (l.has!Num && r.has!Num)
                return num(eval(bin(b.op, l, r), null));
            if (b.op == '*' && ((l.has!Num && l.get!Num.value == 0) || (r.has!Num && r.get!Num.value == 0)))
                return num(0);
            if (b.op == '+' && l.has!Num && l.get!Num.value == 0)
                return r;
            return bin(b.op, l, r);
        },
        (Neg n) {
            auto inner = simplify(n.operand);
            return inner.has!Num ? num(-inner.get!Num.value) : neg(inner);
        },
        _ => e
    );
}

void main()
{
    auto e = bin('+', bin('*', num(2), var("x")), call("max", var("y"), num(3), bin('^', num(2), num(3))));
    writeln(show(e));
    writeln(" = ", eval(e, ["x": 1.5, "y": 10]));

    auto f = bin('+', bin('*', num(0), var("z")), neg(bin('-', num(5), num(2))));
    writeln(show(f), "  ==>  ", show(simplify(f)));
}
