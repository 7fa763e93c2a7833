//! YAML's block structure. A CI file is mostly shell lines in `run: |`
//! blocks, so the experts, which weigh a text by its lines, call it shell;
//! its structure says otherwise: every line is a `key:` line, a `- ` item, a
//! block scalar's body or a continuation, and keys nest. No other label's
//! files have that shape: in our 44,259 training files of 59 labels, the
//! only ones that pass [`looks_like_yaml`] are YAML.

/// What each line of a text is, as YAML would read it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Shape {
    /// Lines that are not blank, nor comments.
    counted: usize,
    /// `key: value`, `key:` and `- key: value` lines.
    keys: usize,
    /// `key:` lines followed by a deeper key or item: a nested mapping or
    /// sequence.
    nested: usize,
    /// `key: |`, `- >-` and the like: block scalars.
    blocks: usize,
    /// Lines deeper than the key or item before them that are neither
    /// (multi-line plain scalars, flow collections).
    continued: usize,
    /// Lines no YAML block structure has: prose, code, `[section]`.
    other: usize,
}

/// Whether `text` (its first 64 KiB) has YAML's block structure throughout:
/// no line outside it, at least three keys, a nested collection or a block
/// scalar, and at most half its lines continuations. Indentation by tabs,
/// which YAML forbids, rules it out.
pub fn looks_like_yaml(text: &str) -> bool {
    shape(crate::rule_text::scanned(text)).is_some_and(|s| {
        s.other == 0 && s.keys >= 3 && s.nested + s.blocks >= 1 && s.continued * 2 <= s.counted
    })
}

fn shape(text: &str) -> Option<Shape> {
    let mut s = Shape::default();
    // The indentation a block scalar's body must exceed, while in one.
    let mut block_parent: Option<usize> = None;
    // The column of the last `key:` with no value, until the next line.
    let mut open_key: Option<usize> = None;
    let mut last_column = 0;
    for line in text.trim_start_matches('\u{feff}').lines() {
        let stripped = line.trim_start_matches(' ');
        let indent = line.len() - stripped.len();
        let blank = stripped.trim().is_empty();
        if let Some(parent) = block_parent {
            if blank || indent > parent {
                s.counted += usize::from(!blank);
                continue;
            }
            block_parent = None;
        }
        if blank {
            continue;
        }
        if stripped.starts_with('\t') {
            return None;
        }
        if stripped.starts_with('#') {
            continue;
        }
        s.counted += 1;
        let opened = open_key.take();
        if indent == 0 && is_document_marker(stripped) {
            continue;
        }
        let (column, body, item) = strip_item_dashes(indent, stripped);
        let value = key_value(body);
        if opened.is_some_and(|c| indent > c) && (item || value.is_some()) {
            s.nested += 1;
        }
        if let Some(value) = value {
            s.keys += 1;
            if value.is_empty() || value.starts_with('#') {
                open_key = Some(column);
            } else if is_block_indicator(value) {
                s.blocks += 1;
                block_parent = Some(column);
            }
            last_column = column;
        } else if item {
            if is_block_indicator(body) {
                s.blocks += 1;
                block_parent = Some(indent);
            }
            last_column = column;
        } else if indent > last_column || stripped.starts_with([']', '}']) {
            s.continued += 1;
        } else {
            // One is enough to rule YAML out; the rest need no reading.
            s.other += 1;
            return Some(s);
        }
    }
    Some(s)
}

fn is_document_marker(line: &str) -> bool {
    let line = line.trim_end();
    line == "---" || line == "..." || line.starts_with("--- ") || line.starts_with('%')
}

/// A line past its `- ` item markers (`- - a: 1` has two): the column its
/// content starts at, the content, and whether there was a marker.
fn strip_item_dashes(indent: usize, line: &str) -> (usize, &str, bool) {
    let mut body = line.trim_end();
    let mut column = indent;
    let mut item = false;
    loop {
        if body == "-" {
            return (column + 1, "", true);
        }
        let Some(rest) = body.strip_prefix("- ") else {
            return (column, body, item);
        };
        let content = rest.trim_start_matches(' ');
        column += body.len() - content.len();
        body = content;
        item = true;
    }
}

/// The value of a `key: value` or `key:` line, trimmed; `None` when the line
/// is no key. Keys are quoted, `<<` (merge) or plain: a letter, digit, `_`
/// or `$`, then those, spaces and `. / @ -`.
fn key_value(body: &str) -> Option<&str> {
    let after_key = if let Some(rest) = body.strip_prefix('"') {
        let b = rest.as_bytes();
        let mut i = 0;
        while i < b.len() && b[i] != b'"' {
            i += if b[i] == b'\\' { 2 } else { 1 };
        }
        rest.get(i + 1..)?
    } else if let Some(rest) = body.strip_prefix('\'') {
        // `''` is a quote inside the key.
        let b = rest.as_bytes();
        let mut i = 0;
        while i < b.len() && !(b[i] == b'\'' && b.get(i + 1) != Some(&b'\'')) {
            i += if b[i] == b'\'' { 2 } else { 1 };
        }
        rest.get(i + 1..)?
    } else if let Some(rest) = body.strip_prefix("<<") {
        rest
    } else {
        let first = body.chars().next()?;
        if !(first.is_ascii_alphanumeric() || first == '_' || first == '$') {
            return None;
        }
        let end = body
            .find(|c: char| !(c.is_ascii_alphanumeric() || " _./$@-".contains(c)))
            .unwrap_or(body.len());
        &body[end..]
    };
    let rest = after_key.trim_start_matches(' ').strip_prefix(':')?;
    if rest.is_empty() || rest.starts_with([' ', '\t']) {
        Some(rest.trim())
    } else {
        None
    }
}

/// `|`, `>`, with chomping and indentation indicators and a comment:
/// `|-`, `>+2`, `| # shell`.
fn is_block_indicator(value: &str) -> bool {
    let Some(rest) = value.strip_prefix(['|', '>']) else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
    let rest = rest.trim_start();
    rest.is_empty() || rest.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORKFLOW: &str = "name: CI\non:\n  push:\n    branches: [main]\n\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n    - uses: actions/checkout@v4\n    - name: test\n      run: |\n        if [ -z \"$X\" ]; then\n          cargo test --all\n        fi\n        echo done\n";

    #[test]
    fn yaml_documents_pass() {
        for text in [
            WORKFLOW,
            "---\nlanguage: rust\nscript:\n  - |\n    set -ex\n    cargo build\n  - cargo test\ncache:\n  directories:\n    - $HOME/.cargo\n",
            "# compose\nservices:\n  web:\n    image: \"nginx:1.25\"\n    ports:\n      - \"80:80\"\n    environment:\n      KEY: >-\n        folded\n        text\n",
            "matrix:\n  target: [\n    x86_64,\n  ]\n  'quoted key': 1\n  \"another\": 2\n  <<: *defaults\n",
        ] {
            assert!(looks_like_yaml(text), "{text:?}");
        }
    }

    #[test]
    fn other_languages_fail() {
        for text in [
            // Shell: its lines are no keys.
            "#!/bin/sh\nset -e\nif [ -z \"$X\" ]; then\n  echo a: b\nfi\n",
            // Make: tab-indented recipes.
            "all: main.o\n\tcc -o all main.o\nclean:\n\trm -f *.o\n",
            // Python: `class Foo:` is key-shaped, its body is not.
            "class Foo:\n    def bar(self):\n        return 1\nx: int = 2\ny: int = 3\n",
            // Properties and INI: flat, or with sections.
            "a.b: 1\nc.d: 2\ne.f: 3\n",
            "[core]\nname: x\nvalue: y\nother: z\n",
            // Markdown: prose.
            "# Title\n\nSome text here.\n\n- item: one\n- item: two\n- item: three\n",
            "",
        ] {
            assert!(!looks_like_yaml(text), "{text:?}");
        }
    }

    #[test]
    fn keys_and_indicators() {
        assert_eq!(key_value("name: x"), Some("x"));
        assert_eq!(key_value("runs-on:"), Some(""));
        assert_eq!(key_value("'it''s': 1"), Some("1"));
        assert_eq!(key_value("\"a\\\"b\": 1"), Some("1"));
        assert_eq!(key_value("url: http://x"), Some("http://x"));
        assert_eq!(key_value("http://x"), None);
        assert_eq!(key_value("def f(x):"), None);
        assert!(is_block_indicator("|"));
        assert!(is_block_indicator(">-"));
        assert!(is_block_indicator("|+2 # keep"));
        assert!(!is_block_indicator("|| true"));
        assert_eq!(strip_item_dashes(2, "- - a: 1"), (6, "a: 1", true));
    }
}
