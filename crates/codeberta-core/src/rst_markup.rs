//! reStructuredText about Python against Python. Python's own docs are
//! mostly Python examples in indented blocks, so the experts, which weigh a
//! text by its lines, call them Python; the lines at column 0 say
//! otherwise. There, reStructuredText has directives (`.. function::`)
//! and section underlines, and Python has statements (`import`, `def`,
//! assignments) and neither of the others outside its strings.

/// Whether the column-0 lines of `text` (its first 64 KiB) are
/// reStructuredText's rather than Python's: at least two directives or
/// section underlines, and at least four of them for each Python statement.
/// On our training data no Python file passes and 83% of the
/// reStructuredText files do.
pub fn outweighs_python(text: &str) -> bool {
    let text = crate::rule_text::scanned(text);
    let mut markup = 0usize;
    let mut statements = 0usize;
    let mut previous = "";
    for line in text.trim_start_matches('\u{feff}').lines() {
        if is_directive(line) || is_underline(line, previous) {
            markup += 1;
        } else if is_python_statement(line) {
            statements += 1;
        }
        previous = line;
    }
    markup >= 2 && markup >= 4 * statements
}

/// `.. name::` and `.. domain:name::` at column 0.
fn is_directive(line: &str) -> bool {
    let Some(rest) = line.strip_prefix(".. ") else {
        return false;
    };
    if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | ':')))
        .unwrap_or(rest.len());
    // The name's own characters include `:`, so it swallows the `::`.
    rest[..end].ends_with("::")
}

/// A run of one punctuation character, at least three long and as long as
/// the title on the line before it, which starts at column 0.
fn is_underline(line: &str, title: &str) -> bool {
    let line = line.trim_end();
    let title = title.trim_end();
    let Some(c) = line.chars().next() else {
        return false;
    };
    "=-~^\"'*+#`:.<>_".contains(c)
        && line.len() >= 3
        && line.chars().all(|x| x == c)
        && !title.is_empty()
        && !title.starts_with([' ', '\t'])
        && line.len() >= title.chars().count()
}

/// A Python statement at column 0: an import, a definition, a decorator, a
/// compound statement's header, `return`, an assignment or a `print(` call.
fn is_python_statement(line: &str) -> bool {
    let line = line.trim_end();
    if let Some(rest) = line.strip_prefix("import ") {
        return rest.split(',').all(|part| {
            let mut words = part.split_whitespace();
            let name = words.next().is_some_and(is_dotted_name);
            match (words.next(), words.next(), words.next()) {
                (None, ..) => name,
                (Some("as"), Some(alias), None) => name && is_dotted_name(alias),
                (Some(w), ..) => name && w.starts_with('#'),
            }
        });
    }
    if let Some(rest) = line.strip_prefix("from ") {
        let mut words = rest.split_whitespace();
        let relative = |m: &str| {
            let m = m.trim_start_matches('.');
            m.is_empty() || is_dotted_name(m)
        };
        return words.next().is_some_and(relative) && words.next() == Some("import");
    }
    for (prefix, next) in [("def ", "("), ("async def ", "("), ("class ", "(:")] {
        if let Some(rest) = line.strip_prefix(prefix) {
            let name_end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            return name_end > 0
                && rest[name_end..]
                    .trim_start()
                    .starts_with(|c: char| next.contains(c));
        }
    }
    if let Some(rest) = line.strip_prefix('@') {
        let name_end = rest.find('(').unwrap_or(rest.len());
        return is_dotted_name(&rest[..name_end]);
    }
    let first_word = line.split([' ', ':', '(']).next().unwrap_or("");
    match first_word {
        "if" | "elif" | "while" | "with" | "for" | "try" | "else" | "finally" | "except" => {
            line.ends_with(':')
        }
        "return" | "__all__" => true,
        "print" => line.starts_with("print("),
        _ => is_assignment(line),
    }
}

/// `name = ...`, `a.b[0] += ...`; not `==`.
fn is_assignment(line: &str) -> bool {
    let target_end = line
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(line.len());
    if target_end == 0 || !is_dotted_name(&line[..target_end]) {
        return false;
    }
    let mut rest = &line[target_end..];
    if rest.starts_with('[') {
        match rest.find(']') {
            Some(close) => rest = &rest[close + 1..],
            None => return false,
        }
    }
    let rest = rest.trim_start();
    let rest = rest
        .strip_prefix(['+', '-', '*', '/', '|', '&'])
        .unwrap_or(rest);
    rest.starts_with('=') && !rest.starts_with("==")
}

fn is_dotted_name(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|part| {
            part.starts_with(|c: char| c.is_alphabetic() || c == '_')
                && part.chars().all(|c| c.is_alphanumeric() || c == '_')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCS: &str = ":mod:`enum` --- Support for enumerations\n========================================\n\n.. module:: enum\n   :synopsis: Implementation of an enumeration class.\n\nAn enumeration::\n\n   >>> from enum import Enum\n   >>> class Color(Enum):\n   ...     RED = 1\n\n.. class:: Enum\n\n   Base class for creating enumerated constants.\n\nExamples\n--------\n\n.. code-block:: python\n\n   import enum\n   x = enum.Enum('x', 'a b')\n";

    #[test]
    fn python_docs_outweigh_python() {
        assert!(outweighs_python(DOCS));
    }

    #[test]
    fn python_with_rst_docstrings_does_not() {
        let module = "\"\"\"Tools.\n\nUsage\n=====\n\n.. note:: Read this.\n\n.. warning:: And this.\n\"\"\"\nimport os\nfrom typing import Any\n\n\ndef f(x):\n    return x\n";
        assert!(!outweighs_python(module));
        assert!(!outweighs_python("import os\nx = 1\n"));
        assert!(!outweighs_python(""));
    }

    #[test]
    fn statements() {
        for line in [
            "import os, sys as system",
            "import os.path  # paths",
            "from . import x",
            "from a.b import (c,",
            "def f(x):",
            "async def g():",
            "class A(B):",
            "class A:",
            "@functools.lru_cache(maxsize=None)",
            "if __name__ == '__main__':",
            "try:",
            "x = 1",
            "a.b[0] += 2",
            "print('hi')",
        ] {
            assert!(is_python_statement(line), "{line}");
        }
        for line in [
            "import machinery is described below.",
            "from the standard library.",
            "If you want to:",
            "Definitions",
            "a == b",
            "  x = 1",
        ] {
            assert!(!is_python_statement(line), "{line}");
        }
    }

    #[test]
    fn markup() {
        assert!(is_directive(".. function:: f(x)"));
        assert!(is_directive(".. py:method:: m()"));
        assert!(!is_directive(".. _label:"));
        assert!(!is_directive(".. a comment"));
        assert!(is_underline("=====", "Title"));
        assert!(!is_underline("==", "T"));
        assert!(!is_underline("===", "A longer title"));
        assert!(!is_underline("-----", "   indented"));
        assert!(!is_underline("-----", ""));
    }
}
