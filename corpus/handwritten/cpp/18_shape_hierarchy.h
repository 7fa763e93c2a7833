#ifndef GEOMETRY_SHAPE_H
#define GEOMETRY_SHAPE_H

#include <memory>
#include <string>
#include <vector>

namespace geometry {

struct Point {
    double x = 0.0;
    double y = 0.0;
};

class Shape {
public:
    explicit Shape(std::string name);
    virtual ~Shape() = default;

    Shape(const Shape&) = delete;
    Shape& operator=(const Shape&) = delete;

    virtual double area() const = 0;
    virtual double perimeter() const = 0;
    virtual void translate(double dx, double dy) = 0;
    virtual std::unique_ptr<Shape> clone() const = 0;

    const std::string& name() const noexcept { return name_; }

protected:
    std::string name_;
};

class Circle final : public Shape {
public:
    Circle(Point center, double radius);

    double area() const override;
    double perimeter() const override;
    void translate(double dx, double dy) override;
    std::unique_ptr<Shape> clone() const override;

    double radius() const noexcept { return radius_; }

private:
    Point center_;
    double radius_;
};

class Polygon : public Shape {
public:
    explicit Polygon(std::vector<Point> vertices);

    double area() const override;
    double perimeter() const override;
    void translate(double dx, double dy) override;
    std::unique_ptr<Shape> clone() const override;

    std::size_t vertexCount() const noexcept { return vertices_.size(); }

protected:
    std::vector<Point> vertices_;
};

class Rectangle : public Polygon {
public:
    Rectangle(Point topLeft, double width, double height);
    std::unique_ptr<Shape> clone() const override;
};

double totalArea(const std::vector<std::unique_ptr<Shape>>& shapes);

} // namespace geometry

#endif // GEOMETRY_SHAPE_H
