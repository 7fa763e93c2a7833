//! Leading license and copyright comment blocks, skipped before the model
//! reads a text.
//!
//! The model sees only its first `max_length` tokens, and in packaged code
//! those are very often a GPL or Apache header: the same prose in forty
//! languages, differing only in comment syntax. Trained on such prefixes the
//! model learned project headers instead of languages (package-held-out
//! accuracy went from 40% to 52% when headers were skipped in training and
//! evaluation). The shebang, which names the interpreter, is kept.

use std::borrow::Cow;

/// Line prefixes that start a comment in one of the labelled languages.
const COMMENT_PREFIXES: &[&str] = &[
    "#", "//", "--", ";", "%", "!", "*", "/*", "*/", "{-", "-}", "(*", "*)", "<!--", "-->", "::",
    "\"", "'", "@rem", "dnl",
];

/// Words that mark a comment block as legal boilerplate rather than documentation.
const LICENSE_WORDS: &[&str] = &[
    "copyright",
    "licence",
    "license",
    "permission",
    "warranty",
    "gnu",
    "apache",
    "(c)",
    "spdx",
];

/// A header must span at least this many lines to be skipped: one-line
/// comments are too short to crowd out the code.
const MIN_HEADER_LINES: usize = 3;

/// Blocks longer than this are not inspected further; no header is longer.
const MAX_HEADER_LINES: usize = 400;

/// `text` without a leading license comment block (kept: a `#!` line).
/// Returns the text unchanged when there is no such block or when nothing
/// but comments would remain.
pub fn skip_license_header(text: &str) -> Cow<'_, str> {
    let (shebang, body) = split_shebang(text);
    let Some(end) = header_end(body) else {
        return Cow::Borrowed(text);
    };
    let rest = &body[end..];
    if shebang.is_empty() {
        Cow::Borrowed(rest)
    } else {
        let mut out = String::with_capacity(shebang.len() + rest.len());
        out.push_str(shebang);
        out.push_str(rest);
        Cow::Owned(out)
    }
}

/// (`#!...\n`, remainder) or ("", text).
fn split_shebang(text: &str) -> (&str, &str) {
    if !text.starts_with("#!") {
        return ("", text);
    }
    match text.find('\n') {
        Some(nl) => text.split_at(nl + 1),
        None => (text, ""),
    }
}

/// Byte offset where the code after a leading license block starts.
fn header_end(body: &str) -> Option<usize> {
    let mut offset = 0;
    let mut comment_lines = 0;
    let mut has_license_word = false;
    let mut in_block: Option<&'static str> = None;
    for (n, line) in body.split_inclusive('\n').enumerate() {
        if n >= MAX_HEADER_LINES {
            return None;
        }
        let trimmed = line.trim();
        let is_comment = if let Some(close) = in_block {
            if trimmed.contains(close) {
                in_block = None;
            }
            true
        } else if trimmed.is_empty() {
            false
        } else if let Some(close) = opens_block(trimmed) {
            if !trimmed[2..].contains(close) {
                in_block = Some(close);
            }
            true
        } else {
            starts_with_comment(trimmed)
        };
        if !is_comment && !trimmed.is_empty() {
            let enough = comment_lines >= MIN_HEADER_LINES && has_license_word;
            return enough.then_some(offset);
        }
        if is_comment {
            comment_lines += 1;
            has_license_word = has_license_word || mentions_license(trimmed);
        }
        offset += line.len();
    }
    None
}

/// The closing delimiter of a block comment that `line` opens.
fn opens_block(line: &str) -> Option<&'static str> {
    [("/*", "*/"), ("<!--", "-->"), ("{-", "-}"), ("(*", "*)")]
        .into_iter()
        .find(|(open, _)| line.starts_with(open))
        .map(|(_, close)| close)
}

/// C-family preprocessor directives start with `#` but are code.
const DIRECTIVES: &[&str] = &[
    "include", "define", "undef", "if", "ifdef", "ifndef", "elif", "else", "endif", "import",
    "pragma", "error", "line",
];

fn starts_with_comment(line: &str) -> bool {
    if let Some(rest) = line.strip_prefix('#') {
        let word: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
        if DIRECTIVES.contains(&word.as_str()) {
            return false;
        }
    }
    if COMMENT_PREFIXES.iter().any(|p| line.starts_with(p)) {
        return true;
    }
    let lower = line.get(..4).map(str::to_ascii_lowercase);
    matches!(lower.as_deref(), Some("rem ") | Some("rem\t")) || line.eq_ignore_ascii_case("rem")
}

fn mentions_license(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    LICENSE_WORDS.iter().any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::skip_license_header;

    #[test]
    fn skips_a_hash_license_block_and_keeps_the_shebang() {
        let text = "#!/usr/bin/env python3\n# Copyright 2020 Someone\n#\n# Licensed under the Apache License\n\nimport os\n";
        assert_eq!(
            skip_license_header(text),
            "#!/usr/bin/env python3\nimport os\n"
        );
    }

    #[test]
    fn skips_a_c_block_comment_whose_lines_have_no_stars() {
        let text = "/*\n  This program is free software; GNU General Public License\n  more prose\n*/\n#include <stdio.h>\n";
        assert_eq!(skip_license_header(text), "#include <stdio.h>\n");
    }

    #[test]
    fn keeps_documentation_comments_and_short_headers() {
        let doc = "// Parses the config.\n// Returns a map.\n// Panics never.\nfn main() {}\n";
        assert_eq!(skip_license_header(doc), doc);
        let short = "# Copyright me\nx = 1\n";
        assert_eq!(skip_license_header(short), short);
    }

    #[test]
    fn keeps_texts_that_are_all_comment() {
        let all = "# Copyright a\n# license b\n# c\n";
        assert_eq!(skip_license_header(all), all);
    }

    #[test]
    fn handles_batch_rem_and_no_trailing_newline() {
        let text = "@rem Copyright x\nREM licensed\nrem more\n@echo off";
        assert_eq!(skip_license_header(text), "@echo off");
        assert_eq!(skip_license_header("#!/bin/sh"), "#!/bin/sh");
        assert_eq!(skip_license_header(""), "");
    }
}
