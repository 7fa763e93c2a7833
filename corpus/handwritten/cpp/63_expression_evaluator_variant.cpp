// Recursive-descent parser producing an AST of std::variant nodes, then evaluation.
#include <cctype>
#include <cmath>
#include <iostream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>

namespace calc {

struct Num;
struct Var;
struct BinOp;
struct Call;
using Expr = std::variant<Num, Var, BinOp, Call>;
using ExprPtr = std::unique_ptr<Expr>;

struct Num { double value; };
struct Var { std::string name; };
struct BinOp { char op; ExprPtr lhs, rhs; };
struct Call { std::string fn; ExprPtr arg; };

class Parser {
public:
    explicit Parser(std::string src) : s_(std::move(src)) {}

    ExprPtr parse() {
        auto e = expr();
        skip();
        if (pos_ != s_.size()) throw std::runtime_error("unexpected '" + std::string(1, s_[pos_]) + "'");
        return e;
    }

private:
    void skip() { while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_; }
    bool eat(char c) { skip(); if (pos_ < s_.size() && s_[pos_] == c) { ++pos_; return true; } return false; }

    static ExprPtr make(Expr e) { return std::make_unique<Expr>(std::move(e)); }

    ExprPtr expr() {
        auto lhs = term();
        for (;;) {
            if (eat('+')) lhs = make(BinOp{'+', std::move(lhs), term()});
            else if (eat('-')) lhs = make(BinOp{'-', std::move(lhs), term()});
            else return lhs;
        }
    }

    ExprPtr term() {
        auto lhs = power();
        for (;;) {
            if (eat('*')) lhs = make(BinOp{'*', std::move(lhs), power()});
            else if (eat('/')) lhs = make(BinOp{'/', std::move(lhs), power()});
            else return lhs;
        }
    }

    ExprPtr power() {
        auto base = unary();
        if (eat('^')) return make(BinOp{'^', std::move(base), power()});   // right assoc
        return base;
    }

    ExprPtr unary() {
        if (eat('-')) return make(BinOp{'-', make(Num{0}), unary()});
        return primary();
    }

    ExprPtr primary() {
        skip();
        if (eat('(')) {
            auto e = expr();
            if (!eat(')')) throw std::runtime_error("expected ')'");
            return e;
        }
        if (pos_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.')) {
            std::size_t used = 0;
            double v = std::stod(s_.substr(pos_), &used);
            pos_ += used;
            return make(Num{v});
        }
        if (pos_ < s_.size() && std::isalpha(static_cast<unsigned char>(s_[pos_]))) {
            std::string id;
            while (pos_ < s_.size() && std::isalnum(static_cast<unsigned char>(s_[pos_]))) id += s_[pos_++];
            if (eat('(')) {
                auto arg = expr();
                if (!eat(')')) throw std::runtime_error("expected ')' after argument");
                return make(Call{id, std::move(arg)});
            }
            return make(Var{id});
        }
        throw std::runtime_error("unexpected end of input");
    }

    std::string s_;
    std::size_t pos_ = 0;
};

template <class... Ts> struct overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> overloaded(Ts...) -> overloaded<Ts...>;

double eval(const Expr& e, const std::map<std::string, double>& env) {
    return std::visit(overloaded{
        [](const Num& n) { return n.value; },
        [&](const Var& v) {
            auto it = env.find(v.name);
            if (it == env.end()) throw std::runtime_error("unknown variable " + v.name);
            return it->second;
        },
        [&](const BinOp& b) {
            double l = eval(*b.lhs, env), r = eval(*b.rhs, env);
            switch (b.op) {
                case '+': return l + r;
                case '-': return l - r;
                case '*': return l * r;
                case '/': return l / r;
                default:  return std::pow(l, r);
            }
        },
        [&](const Call& c) {
            double a = eval(*c.arg, env);
            if (c.fn == "sqrt") return std::sqrt(a);
            if (c.fn == "sin") return std::sin(a);
            if (c.fn == "abs") return std::fabs(a);
            throw std::runtime_error("unknown function " + c.fn);
        },
    }, e);
}

}  // namespace calc

int main() {
    std::map<std::string, double> env{{"x", 3}, {"pi", 3.14159265358979}};
    for (const char* src : {"1 + 2 * 3", "-(x - 5) ^ 2", "2 ^ 3 ^ 2", "sqrt(x*x + 16)", "sin(pi / 2)", "1 +", "y * 2"}) {
        try {
            auto ast = calc::Parser(src).parse();
            std::cout << src << " = " << calc::eval(*ast, env) << '\n';
        } catch (const std::exception& e) {
            std::cout << src << " -> error: " << e.what() << '\n';
        }
    }
}
