//! What JSON can never hold. The experts weigh a text by its lines, so a
//! JavaScript file that wraps a JSON table in one call (TinyMCE's
//! `tinymce.addI18n('lb', {...});` translations, JSONP, `module.exports =`)
//! reads as JSON to them; its first line says otherwise.

/// Whether the first line of `text` that is neither blank nor a comment
/// holds, outside double-quoted strings, something no JSON line has: a word
/// other than `true`, `false` and `null`, or one of `( ) ; = ' \``.
/// Editors' buffers and the evaluation's windows start at a line start, so
/// that line is whole.
pub fn first_line_rules_out_json(text: &str) -> bool {
    let Some(line) = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with("/*"))
    else {
        return false;
    };
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'(' | b')' | b';' | b'=' | b'\'' | b'`' => return true,
            c if c.is_ascii_digit() => {
                // Numbers, exponents included (`1e-5`).
                while i + 1 < b.len()
                    && (b[i + 1].is_ascii_digit()
                        || matches!(b[i + 1], b'.' | b'e' | b'E' | b'+' | b'-'))
                {
                    i += 1;
                }
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c == b'$' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$')
                {
                    i += 1;
                }
                if !matches!(&line[start..i], "true" | "false" | "null") {
                    return true;
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_pass() {
        for text in [
            "{\n  \"a\": [1, 2.5e-3, -4],\n  \"b\": null\n}",
            "  \"key (with parens)\": \"it's = fine;\",\n  \"n\": true\n}",
            "// settings\n{ \"x\": false }",
            "],\n\"next\": {\"escaped \\\" quote (\": 1}",
            "\u{feff}[{\"x\": 1E+9}]",
            "\n\n   \n",
        ] {
            assert!(!first_line_rules_out_json(text), "{text:?}");
        }
    }

    #[test]
    fn code_around_json_is_caught() {
        for text in [
            "tinymce.addI18n('lb',{\n\"Cut\": \"Ausschneiden\",\n",
            "module.exports = {\n  \"a\": 1\n};",
            "callback({\"a\": 1});",
            "var table = [\n  [1, 2]\n];",
            "name: value\nother: 2",
            "{ unquoted: 1 }",
        ] {
            assert!(first_line_rules_out_json(text), "{text:?}");
        }
    }
}
