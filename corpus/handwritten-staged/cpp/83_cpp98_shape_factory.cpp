#include <iostream>
#include <memory>
#include <string>

class Shape {
public:
    virtual ~Shape() {}
    virtual double area() const = 0;
    virtual std::string name() const = 0;
};

class Square : public Shape {
    double s_;
public:
    explicit Square(double s) : s_(s) {}
    double area() const { return s_ * s_; }
    std::string name() const { return "square"; }
};

class Circle : public Shape {
    double r_;
public:
    explicit Circle(double r) : r_(r) {}
    double area() const { return 3.14159265 * r_ * r_; }
    std::string name() const { return "circle"; }
};

Shape* makeShape(char kind, double size) {
    switch (kind) {
    case 's': return new Square(size);
    case 'c': return new Circle(size);
    default: return 0;
    }
}

int main() {
    const char kinds[] = { 's', 'c', 'x' };
    for (int i = 0; i < 3; ++i) {
        Shape* p = makeShape(kinds[i], 2.0);
        if (!p) { std::cout << "unknown kind '" << kinds[i] << "'\n"; continue; }
        std::cout << p->name() << ": " << p->area() << '\n';
        delete p;
    }
    return 0;
}
