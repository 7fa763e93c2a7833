import java.time.DayOfWeek;

public class SwitchDemo {

    sealed interface Shape permits Circle, Square, Rect {}
    record Circle(double r) implements Shape {}
    record Square(double side) implements Shape {}
    record Rect(double w, double h) implements Shape {}

    static double area(Shape s) {
        return switch (s) {
            case Circle c -> Math.PI * c.r() * c.r();
            case Square sq -> sq.side() * sq.side();
            case Rect(double w, double h) -> w * h;
        };
    }

    static String kind(DayOfWeek d) {
        return switch (d) {
            case SATURDAY, SUNDAY -> "weekend";
            case FRIDAY -> {
                String s = "almost weekend";
                yield s.toUpperCase();
            }
            default -> "workday";
        };
    }

    static String describe(Object o) {
        return switch (o) {
            case null -> "null!";
            case Integer i when i < 0 -> "negative int " + i;
            case Integer i -> "int " + i;
            case String str when str.isBlank() -> "blank string";
            case String str -> "string of length " + str.length();
            default -> "something else: " + o.getClass().getSimpleName();
        };
    }

    public static void main(String[] args) {
        System.out.println(area(new Rect(2, 3)));
        System.out.println(kind(DayOfWeek.FRIDAY));
        for (Object o : new Object[] {-4, 7, "", "hello", 3.5, null}) {
            System.out.println(describe(o));
        }
    }
}
