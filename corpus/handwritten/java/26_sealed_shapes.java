import java.util.List;

public class SealedShapes {

    sealed interface Shape permits Circle, Rect, Triangle {}

    record Circle(double r) implements Shape {}
    record Rect(double w, double h) implements Shape {}
    record Triangle(double a, double b, double c) implements Shape {
        Triangle {
            if (a + b <= c || a + c <= b || b + c <= a) {
                throw new IllegalArgumentException("not a triangle: " + a + ", " + b + ", " + c);
            }
        }
    }

    static double area(Shape s) {
        return switch (s) {
            case Circle c -> Math.PI * c.r() * c.r();
            case Rect r -> r.w() * r.h();
            case Triangle t -> {
                double p = (t.a() + t.b() + t.c()) / 2.0;
                yield Math.sqrt(p * (p - t.a()) * (p - t.b()) * (p - t.c()));
            }
        };
    }

    static String describe(Shape s) {
        if (s instanceof Rect(double w, double h) && w == h) {
            return "square of side " + w;
        }
        return s.getClass().getSimpleName().toLowerCase();
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(1.5), new Rect(2, 3), new Rect(4, 4), new Triangle(3, 4, 5));
        double total = 0;
        for (Shape s : shapes) {
            double a = area(s);
            total += a;
            System.out.printf("%-20s %8.3f%n", describe(s), a);
        }
        System.out.printf("%-20s %8.3f%n", "total", total);
    }
}
