import java.util.Map;

public class Expressions {

    public sealed interface Expr permits Num, Var, Add, Mul, Neg {}

    public record Num(double value) implements Expr {}
    public record Var(String name) implements Expr {}
    public record Add(Expr left, Expr right) implements Expr {}
    public record Mul(Expr left, Expr right) implements Expr {}
    public record Neg(Expr operand) implements Expr {}

    static double eval(Expr e, Map<String, Double> env) {
        return switch (e) {
            case Num n -> n.value();
            case Var v -> {
                Double val = env.get(v.name());
                if (val == null) throw new IllegalArgumentException("unbound: " + v.name());
                yield val;
            }
            case Add(var l, var r) -> eval(l, env) + eval(r, env);
            case Mul(var l, var r) -> eval(l, env) * eval(r, env);
            case Neg(var x) -> -eval(x, env);
        };
    }

    static Expr simplify(Expr e) {
        return switch (e) {
            case Add(Num(var a), Num(var b)) -> new Num(a + b);
            case Mul(Num(var a), Num(var b)) -> new Num(a * b);
            case Add(var l, Num(var z)) when z == 0 -> simplify(l);
            case Mul(var l, Num(var one)) when one == 1 -> simplify(l);
            case Mul(var l, Num(var z)) when z == 0 -> new Num(0);
            case Neg(Neg(var x)) -> simplify(x);
            case Add(var l, var r) -> new Add(simplify(l), simplify(r));
            case Mul(var l, var r) -> new Mul(simplify(l), simplify(r));
            case Neg(var x) -> new Neg(simplify(x));
            default -> e;
        };
    }

    static String show(Expr e) {
        return switch (e) {
            case Num n -> n.value() % 1 == 0 ? String.valueOf((long) n.value()) : String.valueOf(n.value());
            case Var v -> v.name();
            case Add a -> "(" + show(a.left()) + " + " + show(a.right()) + ")";
            case Mul m -> show(m.left()) + " * " + show(m.right());
            case Neg n -> "-" + show(n.operand());
        };
    }

    public static void main(String[] args) {
        Expr e = new Add(new Mul(new Var("x"), new Num(1)), new Neg(new Neg(new Add(new Num(2), new Num(3)))));
        System.out.println(show(e));
        System.out.println(show(simplify(e)));
        System.out.println(eval(e, Map.of("x", 4.0)));
    }
}
