#include <iostream>
#include <memory>
#include <numbers>
#include <vector>

// CRTP: static polymorphism plus a per-type instance counter.
template <typename Derived>
class InstanceCounter {
public:
    static int alive() { return count_; }
protected:
    InstanceCounter() { ++count_; }
    InstanceCounter(const InstanceCounter&) { ++count_; }
    ~InstanceCounter() { --count_; }
private:
    inline static int count_ = 0;
};

template <typename Derived>
struct ShapeBase {
    double area() const { return self().area_impl(); }
    double scaled_area(double k) const { return area() * k * k; }
    void print(std::ostream& os) const { os << Derived::name << " area " << area() << '\n'; }
private:
    const Derived& self() const { return static_cast<const Derived&>(*this); }
};

struct Circle : ShapeBase<Circle>, InstanceCounter<Circle> {
    static constexpr const char* name = "circle";
    double r;
    explicit Circle(double r) : r(r) {}
    double area_impl() const { return std::numbers::pi * r * r; }
};

struct Square : ShapeBase<Square>, InstanceCounter<Square> {
    static constexpr const char* name = "square";
    double side;
    explicit Square(double s) : side(s) {}
    double area_impl() const { return side * side; }
};

template <typename S>
double total_area(const std::vector<S>& shapes) {
    double t = 0;
    for (const auto& s : shapes) t += s.area();
    return t;
}

int main() {
    std::vector<Circle> circles{Circle{1}, Circle{2}};
    {
        auto sq = std::make_unique<Square>(3);
        sq->print(std::cout);
        std::cout << "squares alive: " << Square::alive() << '\n';
    }
    std::cout << "squares alive: " << Square::alive() << '\n';
    std::cout << "circles alive: " << Circle::alive() << ", total area " << total_area(circles) << '\n';
    std::cout << "circle scaled x2: " << circles[0].scaled_area(2) << '\n';
}
