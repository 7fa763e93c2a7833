module calc.lexer;

import std.ascii : isDigit, isAlpha, isAlphaNum, isWhite;
import std.conv : to;
import std.format : format;
import std.exception : enforce;

enum TokKind
{
    number,
    ident,
    plus,
    minus,
    star,
    slash,
    caret,
    lparen,
    rparen,
    comma,
    assign,
    eof,
}

struct Token
{
    TokKind kind;
    string text;
    double value;
    size_t pos;

    string toString() const
    {
        return kind == TokKind.number ? format("num(%g)", value)
             : kind == TokKind.ident  ? format("id(%s)", text)
             : kind.to!string;
    }
}

class LexError : Exception
{
    size_t pos;
    this(string msg, size_t pos)
    {
        super(format("%s at column %d", msg, pos + 1));
        this.pos = pos;
    }
}

struct Lexer
{
    private string src;
    private size_t i;
    private Token current;

    this(string src)
    {
        this.src = src;
        popFront();
    }

    @property Token front() const { return current; }

    void popFront()
    {
        current = next();
    }

    private Token next()
    {
        while (i < src.length && src[i].isWhite)
            i++;

        if (i >= src.length)
            return Token(TokKind.eof, "", 0, i);

        immutable start = i;
        immutable c = src[i];

        if (c.isDigit || (c == '.' && i + 1 < src.length && src[i + 1].isDigit))
        {
            while (i < src.length && (src[i].isDigit || src[i] == '.'))
                i++;
            if (i < src.length && (src[i] == 'e' || src[i] == 'E'))
            {
                i++;
                if (i < src.length && (src[i] == '+' || src[i] == '-'))
                    i++;
                enforce(i < src.length && src[i].isDigit,
                        new LexError("malformed exponent", i));
                while (i < src.length && src[i].isDigit)
                    i++;
            }
            auto text = src[start .. i];
            return Token(TokKind.number, text, text.to!double, start);
        }

        if (c.isAlpha || c == '_')
        {
            while (i < src.length && (src[i].isAlphaNum || src[i] == '_'))
                i++;
            return Token(TokKind.ident, src[start .. i], 0, start);
        }

        i++;
        switch (c)
        {
            case '+': return Token(TokKind.plus, "+", 0, start);
            case '-': return Token(TokKind.minus, "-", 0, start);
            case '*':
                if (i < src.length && src[i] == '*')
                {
                    i++;
                    return Token(TokKind.caret, "**", 0, start);
                }
                return Token(TokKind.star, "*", 0, start);
            case '/': return Token(TokKind.slash, "/", 0, start);
            case '^': return Token(TokKind.caret, "^", 0, start);
            case '(': return Token(TokKind.lparen, "(", 0, start);
            case ')': return Token(TokKind.rparen, ")", 0, start);
            case ',': return Token(TokKind.comma, ",", 0, start);
            case '=': return Token(TokKind.assign, "=", 0, start);
            default:
                throw new LexError(format("unexpected character '%s'", c), start);
        }
    }
}

Token[] tokenize(string s)
{
    Token[] toks;
    auto lx = Lexer(s);
    while (true)
    {
        toks ~= lx.front;
        if (lx.front.kind == TokKind.eof)
            break;
        lx.popFront();
    }
    return toks;
}

unittest
{
    import std.algorithm : map, equal;

    auto kinds = tokenize("x = 2 * (y + 3.5e2) ^ 2").map!(t => t.kind);
    with (TokKind)
        assert(kinds.equal([ident, assign, number, star, lparen, ident, plus,
                            number, rparen, caret, number, eof]));

    assert(tokenize("a ** b")[1].kind == TokKind.caret);
    assert(tokenize(".5")[0].value == 0.5);
}

unittest
{
    import std.exception : assertThrown;
    assertThrown!LexError(tokenize("1 + $"));
    assertThrown!LexError(tokenize("1e+"));
}
