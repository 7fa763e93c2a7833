module geometry.shapes;

import std.math : PI, sqrt;
import std.stdio;
import std.algorithm : sort, map, sum;
import std.format : format;

interface Shape
{
    double area() const;
    double perimeter() const;
    string name() const;
}

abstract class BaseShape : Shape
{
    override string toString() const
    {
        return format("%s(area=%.2f, perimeter=%.2f)", name, area, perimeter);
    }
}

final class Circle : BaseShape
{
    private double r;
    this(double r) { this.r = r; }
    override double area() const { return PI * r * r; }
    override double perimeter() const { return 2 * PI * r; }
    override string name() const { return "Circle"; }
}

class Rectangle : BaseShape
{
    protected double w, h;
    this(double w, double h) { this.w = w; this.h = h; }
    override double area() const { return w * h; }
    override double perimeter() const { return 2 * (w + h); }
    override string name() const { return "Rectangle"; }
}

final class Square : Rectangle
{
    this(double side) { super(side, side); }
    override string name() const { return "Square"; }
}

final class Triangle : BaseShape
{
    private double a, b, c;

    this(double a, double b, double c)
    in (a + b > c && a + c > b && b + c > a, "not a triangle")
    {
        this.a = a; this.b = b; this.c = c;
    }

    override double area() const
    {
        immutable s = perimeter / 2;
        return sqrt(s * (s - a) * (s - b) * (s - c));
    }

    override double perimeter() const { return a + b + c; }
    override string name() const { return "Triangle"; }
}

void main()
{
    Shape[] shapes = [
        new Circle(1.5),
        new Rectangle(3, 4),
        new Square(2.5),
        new Triangle(3, 4, 5),
    ];

    shapes.sort!((x, y) => x.area < y.area);
    foreach (s; shapes)
        writeln(s);

    writefln("total area: %.3f", shapes.map!(s => s.area).sum);

    foreach (s; shapes)
        if (auto rect = cast(Rectangle) s)
            writeln("found a rectangle-ish thing: ", rect.name);
}
