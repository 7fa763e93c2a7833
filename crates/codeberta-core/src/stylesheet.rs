//! Plain CSS against its preprocessors. Every CSS file is also valid SCSS
//! and, nearly always, LESS, so the experts (which learn projects' styles
//! as well as syntax) call a project's plain CSS LESS when that project's
//! LESS is what they trained on. A stylesheet with none of the syntax only
//! SCSS or LESS has is CSS to anyone who reads it, and one with SCSS's own
//! syntax and none of LESS's (or the reverse) is that dialect; this module
//! tells which.

/// At-rules of CSS itself; any other `@word` is a LESS variable or a
/// SCSS/LESS directive (`@mixin`, `@include`, `@use`, `@plugin`, ...).
const CSS_AT_RULES: &[&str] = &[
    "charset",
    "import",
    "namespace",
    "media",
    "supports",
    "document",
    "page",
    "font-face",
    "keyframes",
    "viewport",
    "counter-style",
    "font-feature-values",
    "font-palette-values",
    "property",
    "layer",
    "container",
    "scope",
    "starting-style",
    "color-profile",
    "view-transition",
    "position-try",
    "swash",
    "annotation",
    "ornaments",
    "stylistic",
    "styleset",
    "character-variant",
    "top-left-corner",
    "top-left",
    "top-center",
    "top-right",
    "top-right-corner",
    "bottom-left-corner",
    "bottom-left",
    "bottom-center",
    "bottom-right",
    "bottom-right-corner",
    "left-top",
    "left-middle",
    "left-bottom",
    "right-top",
    "right-middle",
    "right-bottom",
];

/// At-rules only SCSS has (`@import`, `@media` and the like are CSS's).
const SCSS_DIRECTIVES: &[&str] = &[
    "mixin", "include", "extend", "use", "forward", "function", "return", "if", "else", "each",
    "for", "while", "debug", "warn", "error", "content", "at-root",
];

/// What a stylesheet's syntax says about its dialect.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Syntax {
    /// Any syntax of the preprocessors, including what SCSS and LESS share
    /// (`//` comments, `&`, nested rules; CSS took the last two from them in
    /// 2023, but nested stylesheets are still nearly all SCSS or LESS).
    pub preprocessor: bool,
    /// SCSS's own: `$variables`, `#{}` interpolation, `@mixin`/`@include`
    /// and the other SCSS directives.
    pub scss: bool,
    /// LESS's own: `@variable:` declarations, `@{}` interpolation,
    /// `.mixin(...)` calls and definitions, `~"escapes"`, `@plugin`.
    pub less: bool,
}

impl Syntax {
    /// The preprocessor whose own syntax the text uses, when only one's is.
    pub fn dialect(&self) -> Option<&'static str> {
        match (self.scss, self.less) {
            (true, false) => Some("scss"),
            (false, true) => Some("less"),
            _ => None,
        }
    }
}

/// Reads the first 64 KiB of a stylesheet for preprocessor syntax: `//`
/// comments, `$variables`, `#{}` interpolation, non-CSS `@` words, `&`,
/// rules nested in rules, `.mixin(...)`, LESS `~"escapes"`. Comments,
/// strings and `url(...)` are skipped.
pub fn scan(text: &str) -> Syntax {
    let text = crate::rule_text::scanned(text);
    let b = text.as_bytes();
    let mut found = Syntax::default();
    // One entry per open `{`: whether it is a rule's declaration block.
    let mut blocks: Vec<bool> = Vec::new();
    let mut prelude_start = 0;
    let mut i = 0;
    while i < b.len() && !(found.scss && found.less) {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..].find("*/").map_or(b.len(), |e| i + 2 + e + 2);
                prelude_start = i;
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                found.preprocessor = true;
                i = b[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |p| i + p + 1);
                continue;
            }
            q @ (b'"' | b'\'') => {
                if prev_non_space(b, i) == Some(b'~') {
                    found.preprocessor = true;
                    found.less = true;
                }
                i = skip_string(b, i + 1, q);
                continue;
            }
            b'$' if b.get(i + 1).is_some_and(|c| is_ident_start(*c)) => {
                found.preprocessor = true;
                found.scss = true;
            }
            b'#' if b.get(i + 1) == Some(&b'{') => {
                found.preprocessor = true;
                found.scss = true;
            }
            b'&' => found.preprocessor = true,
            b'@' => {
                let word = ident_at(b, i + 1);
                let after = i + 1 + word.len();
                if word.is_empty() {
                    found.preprocessor = true;
                    // `@{var}` interpolation, `@@var`.
                    found.less |= matches!(b.get(i + 1), Some(b'{' | b'@'));
                } else if !CSS_AT_RULES.contains(&strip_vendor(word)) {
                    found.preprocessor = true;
                    if SCSS_DIRECTIVES.contains(&word) {
                        found.scss = true;
                    } else if word == "plugin" || next_non_space(b, after) == Some(b':') {
                        found.less = true;
                    }
                }
                i = after;
                continue;
            }
            b'.' if b.get(i + 1).is_some_and(|c| is_ident_start(*c)) && !prev_is_digit(b, i) => {
                let word = ident_at(b, i + 1);
                if b.get(i + 1 + word.len()) == Some(&b'(') {
                    found.preprocessor = true;
                    found.less = true;
                }
                i += 1 + word.len();
                continue;
            }
            b'u' | b'U' if starts_with_ignore_case(&b[i..], b"url(") => {
                i = b[i..]
                    .iter()
                    .position(|&c| c == b')')
                    .map_or(b.len(), |p| i + p + 1);
                continue;
            }
            b'{' => {
                if blocks.last() == Some(&true) {
                    found.preprocessor = true;
                }
                let prelude = text[prelude_start..i].trim_start();
                blocks.push(!prelude.starts_with('@'));
                prelude_start = i + 1;
            }
            b'}' => {
                blocks.pop();
                prelude_start = i + 1;
            }
            b';' => prelude_start = i + 1,
            _ => {}
        }
        i += 1;
    }
    found
}

fn next_non_space(b: &[u8], i: usize) -> Option<u8> {
    b.get(i..)?
        .iter()
        .copied()
        .find(|c| *c != b' ' && *c != b'\t')
}

fn skip_string(b: &[u8], mut i: usize, quote: u8) -> usize {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c if c == quote || c == b'\n' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

fn prev_non_space(b: &[u8], i: usize) -> Option<u8> {
    b[..i]
        .iter()
        .rev()
        .copied()
        .find(|c| !c.is_ascii_whitespace())
}

fn prev_is_digit(b: &[u8], i: usize) -> bool {
    i > 0 && b[i - 1].is_ascii_digit()
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'-' || c >= 0x80
}

fn ident_at(b: &[u8], i: usize) -> &str {
    let end = b
        .get(i..)
        .unwrap_or_default()
        .iter()
        .position(|&c| !(c.is_ascii_alphanumeric() || c == b'-' || c == b'_'))
        .map_or(b.len(), |p| i + p);
    std::str::from_utf8(&b[i.min(end)..end]).unwrap_or("")
}

fn strip_vendor(word: &str) -> &str {
    for prefix in ["-webkit-", "-moz-", "-ms-", "-o-"] {
        if let Some(rest) = word.strip_prefix(prefix) {
            return rest;
        }
    }
    word
}

fn starts_with_ignore_case(b: &[u8], prefix: &[u8]) -> bool {
    b.len() >= prefix.len() && b[..prefix.len()].eq_ignore_ascii_case(prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_css_has_none() {
        for css in [
            "a { color: red; }\n",
            "/* // not a comment */\n.x { background: url(http://e.com/a.png); }",
            "@media (max-width: 600px) { .a { margin: 0 } }\n@font-face { font-family: X; src: url('x.woff'); }",
            "@keyframes spin { from { transform: rotate(0) } to { transform: rotate(360deg) } }",
            "@-webkit-keyframes spin { 50% { opacity: .5 } }",
            "a[href$=\".pdf\"]::after { content: \"$ & // @x\"; width: calc(100% - 2.5em); }",
            ":root { --gap: 4px; }\n.a:not(.b):nth-child(2n+1) { gap: var(--gap); }",
            "@page :first { margin: 1in; @top-left { content: 'x' } }",
            "@import url(\"theme.css\") screen;\n@charset \"utf-8\";",
            "li ~ li { margin-left: .5em }",
        ] {
            assert!(!scan(css).preprocessor, "{css}");
        }
    }

    #[test]
    fn scss_and_less_have_some() {
        for pre in [
            "$primary: #333;\na { color: $primary; }",
            ".a { .b { color: red } }",
            ".a { &:hover { color: red } }",
            "@mixin m { color: red }\n.a { @include m; }",
            "// comment\na { color: red }",
            "@color: #fff;\n.a { color: @color; }",
            ".bordered(@w: 2px) { border: @w solid; }",
            ".a { .clearfix(); }",
            ".a { width: ~\"calc(100% - 10px)\"; }",
            "#{$sel} { color: red }",
            "@use 'sass:math';",
            ".a { @media (min-width: 1px) { color: red } }",
        ] {
            assert!(scan(pre).preprocessor, "{pre}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "@",
            "/*",
            "\"",
            "url(",
            "{{{",
            "}}}",
            ".",
            "$",
            "é@é",
            "a { b: 'x",
        ] {
            scan(t).dialect();
        }
    }

    #[test]
    fn each_dialect_is_told_by_its_own_syntax() {
        for (text, want) in [
            ("$primary: #333;\na { color: $primary; }", Some("scss")),
            ("@mixin m { color: red }\n.a { @include m; }", Some("scss")),
            ("#{$sel} { color: red }", Some("scss")),
            ("@use 'sass:math';", Some("scss")),
            ("%ph { color: red }\n.a { @extend %ph; }", Some("scss")),
            ("@color: #fff;\n.a { color: @color; }", Some("less")),
            ("@color : #fff;", Some("less")),
            (".bordered(@w: 2px) { border: @w solid; }", Some("less")),
            (".a { .clearfix(); }", Some("less")),
            (".a { width: ~\"calc(100% - 10px)\"; }", Some("less")),
            (".@{name}-x { color: red }", Some("less")),
            ("@plugin \"my-plugin\";", Some("less")),
            // What both share, or plain CSS: no dialect.
            (".a { &:hover { color: red } }", None),
            ("// comment\na { color: red }", None),
            (".a { .b { color: red } }", None),
            ("a { color: red; }", None),
            ("@media (max-width: 600px) { .a { margin: 0 } }", None),
            // Both dialects' syntax: undecided.
            ("$a: 1;\n@b: 2;", None),
        ] {
            assert_eq!(scan(text).dialect(), want, "{text}");
        }
    }

    #[test]
    fn a_comment_hides_dialect_syntax() {
        assert_eq!(scan("/* $x @mixin */ a { b: c }"), Syntax::default());
        let s = scan("// $x: 1;\na { b: c }");
        assert!(s.preprocessor && !s.scss && !s.less);
        let s = scan(".a { &:hover { color: red } }");
        assert!(s.preprocessor && s.dialect().is_none());
    }
}
