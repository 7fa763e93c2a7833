public record Point(double x, double y) {
    public Point {
        if (Double.isNaN(x) || Double.isNaN(y)) throw new IllegalArgumentException("NaN coordinate");
    }

    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }

    public static final Point ORIGIN = new Point(0, 0);
}
