//! Java's `.properties` against INI. Both are `key=value` lines with `#`
//! or `;`-like comments, and a short text of them says little. Java's
//! files, though, escape every character outside Latin-1 as `\uXXXX` (what
//! `Properties.store` and `native2ascii` write, so translations are full of
//! them), which INI readers do not decode, and they have no `[section]`
//! headers.

use crate::rule_text;

/// Whether `text` (its first 64 KiB) has a `key=value` or `key: value`
/// line whose value holds a `\uXXXX` escape, and no `[section]` line. On
/// our training data no INI file passes and 23% of the `.properties` files
/// do.
pub fn unicode_escapes_without_sections(text: &str) -> bool {
    let mut escaped = false;
    for line in rule_text::scanned(text).lines() {
        let line = line.trim();
        if line.len() > 2 && line.starts_with('[') && line.ends_with(']') {
            return false;
        }
        if line.starts_with(['#', '!', ';', '[']) {
            continue;
        }
        escaped |= value_of(line).is_some_and(has_unicode_escape);
    }
    escaped
}

/// What follows a line's first `=` or `:`, when a key precedes it.
fn value_of(line: &str) -> Option<&str> {
    let sep = line.find(['=', ':'])?;
    (sep > 0).then(|| &line[sep + 1..])
}

fn has_unicode_escape(value: &str) -> bool {
    value.match_indices("\\u").any(|(i, _)| {
        value.as_bytes()[i + 2..]
            .get(..4)
            .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_translations_pass() {
        for text in [
            "Palette=Paleta :\nPalette_Selection=Selecci\\u00f3n de la paleta",
            "# comment\nchart.title: Diagramm-Eigenschaften \\u00E4",
        ] {
            assert!(unicode_escapes_without_sections(text), "{text:?}");
        }
    }

    #[test]
    fn sections_plain_values_and_commented_escapes_do_not() {
        for text in [
            "[strings]\nname=Selecci\\u00f3n",
            "name=Selection\nother=value",
            "# Selecci\\u00f3n\nname=value",
            "name=bad \\u00g1 escape\ntail=\\u12",
            "",
        ] {
            assert!(!unicode_escapes_without_sections(text), "{text:?}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "=",
            "a=",
            "a=\\",
            "a=\\u",
            "a=\\u1",
            "é=\\u00é",
            "[",
            "[]",
            "=\\u0041",
        ] {
            unicode_escapes_without_sections(t);
        }
        assert!(!unicode_escapes_without_sections("=\\u0041"), "no key");
    }
}
