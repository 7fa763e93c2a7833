// Streaming JSON tokenizer: turns text into a flat vector of tokens with
// positions, good enough for a syntax highlighter or a pretty-printer.

#include <cctype>
#include <cstdint>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace json {

enum class Punct : char { LBrace = '{', RBrace = '}', LBracket = '[', RBracket = ']', Colon = ':', Comma = ',' };

struct Null {};
struct Number { double value; };
struct String { std::string value; };

using TokenValue = std::variant<Punct, Null, bool, Number, String>;

struct Token {
    TokenValue value;
    std::size_t line;
    std::size_t column;
};

class SyntaxError : public std::runtime_error {
public:
    SyntaxError(const std::string& what, std::size_t line, std::size_t col)
        : std::runtime_error(what + " at " + std::to_string(line) + ":" + std::to_string(col)),
          line_(line), col_(col) {}
    std::size_t line() const noexcept { return line_; }
    std::size_t column() const noexcept { return col_; }
private:
    std::size_t line_, col_;
};

class Tokenizer {
public:
    explicit Tokenizer(std::string_view src) : src_(src) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        while (auto tok = next()) out.push_back(std::move(*tok));
        return out;
    }

private:
    std::optional<Token> next() {
        skip_ws();
        if (pos_ >= src_.size()) return std::nullopt;

        const std::size_t line = line_, col = col_;
        const char c = peek();
        auto make = [&](TokenValue v) { return Token{std::move(v), line, col}; };

        switch (c) {
        case '{': case '}': case '[': case ']': case ':': case ',':
            advance();
            return make(static_cast<Punct>(c));
        case '"':
            return make(String{read_string()});
        case 't': expect_word("true");  return make(true);
        case 'f': expect_word("false"); return make(false);
        case 'n': expect_word("null");  return make(Null{});
        default:
            if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) return make(Number{read_number()});
            throw SyntaxError(std::string("unexpected character '") + c + "'", line, col);
        }
    }

    char peek() const { return src_[pos_]; }

    char advance() {
        const char c = src_[pos_++];
        if (c == '\n') { ++line_; col_ = 1; } else { ++col_; }
        return c;
    }

    void skip_ws() {
        while (pos_ < src_.size() && std::isspace(static_cast<unsigned char>(peek()))) advance();
    }

    void expect_word(std::string_view word) {
        if (src_.substr(pos_, word.size()) != word)
            throw SyntaxError("expected '" + std::string(word) + "'", line_, col_);
        for (std::size_t i = 0; i < word.size(); ++i) advance();
    }

    std::string read_string() {
        advance();  // opening quote
        std::string out;
        while (true) {
            if (pos_ >= src_.size()) throw SyntaxError("unterminated string", line_, col_);
            char c = advance();
            if (c == '"') break;
            if (c != '\\') { out += c; continue; }
            if (pos_ >= src_.size()) throw SyntaxError("bad escape", line_, col_);
            switch (char e = advance()) {
            case '"': case '\\': case '/': out += e; break;
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': append_utf8(out, read_hex4()); break;
            default: throw SyntaxError(std::string("unknown escape \\") + e, line_, col_);
            }
        }
        return out;
    }

    std::uint32_t read_hex4() {
        std::uint32_t cp = 0;
        for (int i = 0; i < 4; ++i) {
            if (pos_ >= src_.size() || !std::isxdigit(static_cast<unsigned char>(peek())))
                throw SyntaxError("bad \\u escape", line_, col_);
            const char h = advance();
            cp = cp * 16 + (std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
        }
        return cp;
    }

    static void append_utf8(std::string& s, std::uint32_t cp) {
        if (cp < 0x80) {
            s += static_cast<char>(cp);
        } else if (cp < 0x800) {
            s += static_cast<char>(0xC0 | (cp >> 6));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            s += static_cast<char>(0xE0 | (cp >> 12));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    double read_number() {
        const std::size_t start = pos_;
        if (peek() == '-') advance();
        auto digits = [&] {
            while (pos_ < src_.size() && std::isdigit(static_cast<unsigned char>(peek()))) advance();
        };
        digits();
        if (pos_ < src_.size() && peek() == '.') { advance(); digits(); }
        if (pos_ < src_.size() && (peek() == 'e' || peek() == 'E')) {
            advance();
            if (pos_ < src_.size() && (peek() == '+' || peek() == '-')) advance();
            digits();
        }
        return std::stod(std::string(src_.substr(start, pos_ - start)));
    }

    std::string_view src_;
    std::size_t pos_ = 0, line_ = 1, col_ = 1;
};

template <class... Ts> struct overloaded : Ts... { using Ts::operator()...; };

std::string describe(const Token& t) {
    return std::visit(overloaded{
        [](Punct p) { return std::string("punct ") + static_cast<char>(p); },
        [](Null) { return std::string("null"); },
        [](bool b) { return std::string("bool ") + (b ? "true" : "false"); },
        [](const Number& n) { return "number " + std::to_string(n.value); },
        [](const String& s) { return "string \"" + s.value + "\""; },
    }, t.value);
}

}  // namespace json

int main() {
    constexpr std::string_view doc = R"({
  "name": "sensor-7",
  "active": true,
  "readings": [21.5, -3e2, 0],
  "note": "caf\u00e9\n",
  "parent": null
})";

    try {
        for (const auto& tok : json::Tokenizer(doc).run())
            std::cout << tok.line << ':' << tok.column << '\t' << json::describe(tok) << '\n';
        json::Tokenizer("[1, 2, @]").run();
    } catch (const json::SyntaxError& e) {
        std::cerr << "syntax error: " << e.what() << '\n';
    }
}
