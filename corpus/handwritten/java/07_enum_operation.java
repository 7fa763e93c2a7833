import java.util.Arrays;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.Collectors;

public enum Operation implements DoubleBinaryOperator {
    PLUS("+", 1) {
        @Override
        public double applyAsDouble(double a, double b) { return a + b; }
    },
    MINUS("-", 1) {
        @Override
        public double applyAsDouble(double a, double b) { return a - b; }
    },
    TIMES("*", 2) {
        @Override
        public double applyAsDouble(double a, double b) { return a * b; }
    },
    DIVIDE("/", 2) {
        @Override
        public double applyAsDouble(double a, double b) {
            if (b == 0) throw new ArithmeticException("division by zero");
            return a / b;
        }
    },
    POWER("^", 3) {
        @Override
        public double applyAsDouble(double a, double b) { return Math.pow(a, b); }

        @Override
        public boolean rightAssociative() { return true; }
    };

    private static final Map<String, Operation> BY_SYMBOL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Operation::symbol, op -> op));

    private final String symbol;
    private final int precedence;

    Operation(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() { return symbol; }

    public int precedence() { return precedence; }

    public boolean rightAssociative() { return false; }

    public static Operation fromSymbol(String s) {
        Operation op = BY_SYMBOL.get(s);
        if (op == null) throw new IllegalArgumentException("unknown operator: " + s);
        return op;
    }

    @Override
    public String toString() { return symbol; }

    public static void main(String[] args) {
        for (Operation op : values()) {
            System.out.printf("6 %s 3 = %s%n", op, op.applyAsDouble(6, 3));
        }
    }
}
