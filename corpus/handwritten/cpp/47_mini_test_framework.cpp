// A made-up, header-free unit test "framework" in ~80 lines plus its own tests.
#include <cmath>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace tinytest {

struct Failure {
    std::string file;
    int line;
    std::string message;
};

struct Case {
    std::string name;
    std::function<void()> fn;
};

inline std::vector<Case>& registry() {
    static std::vector<Case> cases;
    return cases;
}

struct Registrar {
    Registrar(std::string name, std::function<void()> fn) {
        registry().push_back({std::move(name), std::move(fn)});
    }
};

template <typename A, typename B>
void expect_eq(const A& a, const B& b, const char* ea, const char* eb, const char* file, int line) {
    if (!(a == b)) {
        std::ostringstream os;
        os << ea << " == " << eb << "  (" << a << " vs " << b << ")";
        throw Failure{file, line, os.str()};
    }
}

inline void expect_near(double a, double b, double tol, const char* file, int line) {
    if (std::fabs(a - b) > tol) {
        std::ostringstream os;
        os << a << " not within " << tol << " of " << b;
        throw Failure{file, line, os.str()};
    }
}

inline int run_all() {
    int failed = 0;
    for (const auto& c : registry()) {
        try {
            c.fn();
            std::cout << "[ ok ] " << c.name << '\n';
        } catch (const Failure& f) {
            ++failed;
            std::cout << "[FAIL] " << c.name << "\n       " << f.file << ':' << f.line << ": " << f.message << '\n';
        } catch (const std::exception& e) {
            ++failed;
            std::cout << "[FAIL] " << c.name << "\n       unexpected exception: " << e.what() << '\n';
        }
    }
    std::cout << registry().size() - failed << '/' << registry().size() << " passed\n";
    return failed == 0 ? 0 : 1;
}

}  // namespace tinytest

#define TT_CAT2(a, b) a##b
#define TT_CAT(a, b) TT_CAT2(a, b)
#define TEST(name)                                                              \
    static void name();                                                         \
    static ::tinytest::Registrar TT_CAT(reg_, __LINE__){#name, &name};          \
    static void name()
#define EXPECT_EQ(a, b) ::tinytest::expect_eq((a), (b), #a, #b, __FILE__, __LINE__)
#define EXPECT_NEAR(a, b, tol) ::tinytest::expect_near((a), (b), (tol), __FILE__, __LINE__)

// ---- code under test --------------------------------------------------------

std::string reverse_words(const std::string& s) {
    std::istringstream in(s);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    std::string out;
    for (auto it = words.rbegin(); it != words.rend(); ++it) {
        if (!out.empty()) out += ' ';
        out += *it;
    }
    return out;
}

double mean(const std::vector<double>& v) {
    if (v.empty()) throw std::invalid_argument("mean of empty vector");
    double s = 0;
    for (double x : v) s += x;
    return s / static_cast<double>(v.size());
}

// ---- tests ------------------------------------------------------------------

TEST(reverses_simple_sentence) { EXPECT_EQ(reverse_words("one two three"), std::string("three two one")); }
TEST(collapses_extra_spaces) { EXPECT_EQ(reverse_words("  a   b "), std::string("b a")); }
TEST(mean_of_three) { EXPECT_NEAR(mean({1.0, 2.0, 4.0}), 7.0 / 3.0, 1e-12); }
TEST(mean_of_empty_throws) {
    bool threw = false;
    try { mean({}); } catch (const std::invalid_argument&) { threw = true; }
    EXPECT_EQ(threw, true);
}

int main() { return tinytest::run_all(); }
