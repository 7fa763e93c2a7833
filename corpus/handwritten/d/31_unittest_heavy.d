module text.slug;

import std.uni : toLower, isAlphaNum;
import std.array : appender;
import std.utf : byDchar;

/**
 * Turn an arbitrary title into a URL slug.
 *
 * Params:
 *   title = any UTF-8 string
 *   maxLen = truncate the slug at a dash boundary if longer
 */
string slugify(string title, size_t maxLen = 60) pure @safe
{
    auto out_ = appender!string;
    bool pendingDash;

    foreach (dchar c; title.byDchar)
    {
        if (c.isAlphaNum && c < 0x80)
        {
            if (pendingDash && out_.data.length)
                out_.put('-');
            pendingDash = false;
            out_.put(c.toLower);
        }
        else
            pendingDash = true;
    }

    auto s = out_.data;
    if (s.length > maxLen)
    {
        s = s[0 .. maxLen];
        foreach_reverse (i, ch; s)
            if (ch == '-')
            {
                s = s[0 .. i];
                break;
            }
    }
    return s;
}

///
@safe pure unittest
{
    assert(slugify("Hello, World!") == "hello-world");
}

@safe pure unittest
{
    // leading and trailing junk
    assert(slugify("  --Hello--  ") == "hello");
    assert(slugify("") == "");
    assert(slugify("!!!") == "");
}

@safe pure unittest
{
    // non-ASCII is dropped rather than transliterated
    assert(slugify("Crème brûlée recipe") == "cr-me-br-l-e-recipe");
}

@safe pure unittest
{
    // truncation happens on a word boundary
    auto s = slugify("the quick brown fox jumps over the lazy dog", 20);
    assert(s == "the-quick-brown-fox");
    assert(s.length <= 20);
}

@safe pure unittest
{
    import std.algorithm : all;
    import std.ascii : isLower, isDigit;

    foreach (input; ["D Language 2.106", "C++ vs D", "foo_bar baz", "A/B testing"])
    {
        auto s = slugify(input);
        assert(s.all!(c => c.isLower || c.isDigit || c == '-'), s);
        assert(s.length == 0 || s[0] != '-');
        assert(s.length == 0 || s[$ - 1] != '-');
    }
}
