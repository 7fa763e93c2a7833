// Classic double-dispatch visitor over an expression AST, with two visitors:
// a pretty-printer that inserts minimal parentheses and a constant folder.

#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

namespace ast {

struct Number;
struct Variable;
struct Binary;
struct Call;

class Visitor {
public:
    virtual ~Visitor() = default;
    virtual void visit(const Number&) = 0;
    virtual void visit(const Variable&) = 0;
    virtual void visit(const Binary&) = 0;
    virtual void visit(const Call&) = 0;
};

struct Node {
    virtual ~Node() = default;
    virtual void accept(Visitor& v) const = 0;
};

using NodePtr = std::unique_ptr<Node>;

struct Number final : Node {
    double value;
    explicit Number(double v) : value(v) {}
    void accept(Visitor& v) const override { v.visit(*this); }
};

struct Variable final : Node {
    std::string name;
    explicit Variable(std::string n) : name(std::move(n)) {}
    void accept(Visitor& v) const override { v.visit(*this); }
};

struct Binary final : Node {
    char op;
    NodePtr lhs, rhs;
    Binary(char o, NodePtr l, NodePtr r) : op(o), lhs(std::move(l)), rhs(std::move(r)) {}
    void accept(Visitor& v) const override { v.visit(*this); }
};

struct Call final : Node {
    std::string fn;
    NodePtr arg;
    Call(std::string f, NodePtr a) : fn(std::move(f)), arg(std::move(a)) {}
    void accept(Visitor& v) const override { v.visit(*this); }
};

// helpers to build trees tersely
inline NodePtr num(double v) { return std::make_unique<Number>(v); }
inline NodePtr var(std::string n) { return std::make_unique<Variable>(std::move(n)); }
inline NodePtr bin(char op, NodePtr l, NodePtr r) { return std::make_unique<Binary>(op, std::move(l), std::move(r)); }
inline NodePtr call(std::string f, NodePtr a) { return std::make_unique<Call>(std::move(f), std::move(a)); }

constexpr int precedence(char op) {
    switch (op) {
    case '+': case '-': return 1;
    case '*': case '/': return 2;
    case '^': return 3;
    default: return 0;
    }
}

class Printer final : public Visitor {
public:
    std::string print(const Node& n) {
        out_.str({});
        n.accept(*this);
        return out_.str();
    }

    void visit(const Number& n) override { out_ << n.value; }
    void visit(const Variable& v) override { out_ << v.name; }
    void visit(const Call& c) override {
        out_ << c.fn << '(';
        c.arg->accept(*this);
        out_ << ')';
    }
    void visit(const Binary& b) override {
        emit_child(*b.lhs, b.op, false);
        out_ << ' ' << b.op << ' ';
        emit_child(*b.rhs, b.op, true);
    }

private:
    void emit_child(const Node& child, char parent_op, bool right) {
        const auto* cb = dynamic_cast<const Binary*>(&child);
        const bool parens = cb && (precedence(cb->op) < precedence(parent_op) ||
                                   (right && precedence(cb->op) == precedence(parent_op) && parent_op != '^'));
        if (parens) out_ << '(';
        child.accept(*this);
        if (parens) out_ << ')';
    }

    std::ostringstream out_;
};

class Evaluator final : public Visitor {
public:
    explicit Evaluator(std::map<std::string, double> env) : env_(std::move(env)) {}

    double eval(const Node& n) {
        n.accept(*this);
        return result_;
    }

    void visit(const Number& n) override { result_ = n.value; }
    void visit(const Variable& v) override {
        auto it = env_.find(v.name);
        if (it == env_.end()) throw std::runtime_error("unbound variable " + v.name);
        result_ = it->second;
    }
    void visit(const Call& c) override {
        const double x = eval(*c.arg);
        if (c.fn == "sq") result_ = x * x;
        else if (c.fn == "neg") result_ = -x;
        else throw std::runtime_error("unknown function " + c.fn);
    }
    void visit(const Binary& b) override {
        const double l = eval(*b.lhs);
        const double r = eval(*b.rhs);
        switch (b.op) {
        case '+': result_ = l + r; break;
        case '-': result_ = l - r; break;
        case '*': result_ = l * r; break;
        case '/':
            if (r == 0) throw std::domain_error("division by zero");
            result_ = l / r;
            break;
        default: throw std::runtime_error(std::string("bad operator ") + b.op);
        }
    }

private:
    std::map<std::string, double> env_;
    double result_ = 0;
};

}  // namespace ast

int main() {
    using namespace ast;
    // (a + 2) * (b - (c - 1)) / sq(a)
    auto expr = bin('/', bin('*', bin('+', var("a"), num(2)), bin('-', var("b"), bin('-', var("c"), num(1)))),
                    call("sq", var("a")));

    Printer printer;
    Evaluator evaluator({{"a", 3}, {"b", 10}, {"c", 4}});
    std::cout << printer.print(*expr) << " = " << evaluator.eval(*expr) << '\n';

    auto bad = bin('/', num(1), bin('-', var("a"), var("a")));
    try {
        evaluator.eval(*bad);
    } catch (const std::exception& e) {
        std::cout << printer.print(*bad) << " -> " << e.what() << '\n';
    }
}
