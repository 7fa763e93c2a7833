//! Cheap, near-certain evidence read before the model runs: a shebang line,
//! a Vim or Emacs modeline, an XML declaration opening the text, or a text
//! that parses as JSON (strictly, or but for comments and raw control
//! characters in strings).

use serde::Serialize;

use crate::languages::{canonical_id, Language};

/// Where a detection came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    Shebang,
    Modeline,
    XmlDeclaration,
    StrictJson,
    Jsonc,
    Model,
}

/// A language implied by the text itself, with the evidence for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleHit {
    pub language: String,
    pub evidence: Evidence,
}

/// Lines scanned for modelines at each end of the text (Vim scans 5).
const MODELINE_LINES: usize = 5;
/// Strict JSON parsing is cheap, but not free: above this size the model decides.
const JSON_PARSE_LIMIT: usize = 1 << 20;

/// How far into a declared XML document the root element is looked for.
const XML_PROLOG_LIMIT: usize = 64 * 1024;

/// Looks for a shebang, then a modeline, then an XML declaration, then
/// strict JSON, then JSON with comments or raw control characters.
pub fn find(text: &str) -> Option<RuleHit> {
    if let Some(language) = shebang(text) {
        return Some(RuleHit {
            language,
            evidence: Evidence::Shebang,
        });
    }
    if let Some(language) = modeline(text) {
        return Some(RuleHit {
            language,
            evidence: Evidence::Modeline,
        });
    }
    if let Some(language) = xml_declaration(text) {
        return Some(RuleHit {
            language: language.into(),
            evidence: Evidence::XmlDeclaration,
        });
    }
    if is_strict_json(text) {
        return Some(RuleHit {
            language: "json".into(),
            evidence: Evidence::StrictJson,
        });
    }
    if is_jsonc(text) {
        return Some(RuleHit {
            language: "json".into(),
            evidence: Evidence::Jsonc,
        });
    }
    None
}

/// `#!/usr/bin/env python3 -u` -> python. Unknown interpreters give nothing.
pub fn shebang(text: &str) -> Option<String> {
    let first = text.trim_start_matches('\u{feff}').lines().next()?;
    let rest = first.strip_prefix("#!")?.trim();
    let mut words = rest.split_whitespace();
    let mut prog = basename(words.next()?);
    if prog == "env" {
        // `env -S prog args` and `env VAR=1 prog` both occur in the wild.
        prog = words
            .find(|w| !w.starts_with('-') && !w.contains('='))
            .map(basename)?;
    }
    interpreter_language(prog).map(str::to_string)
}

fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Language of an interpreter name, ignoring version suffixes (`python3.11`, `perl5`).
fn interpreter_language(prog: &str) -> Option<&'static str> {
    let stem = prog.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    Some(match stem {
        "python" | "pypy" | "python-" => "python",
        "sh" | "bash" | "dash" | "zsh" | "ksh" | "mksh" | "ash" | "busybox" => "shellscript",
        "node" | "nodejs" | "gjs" => "javascript",
        "deno" | "ts-node" | "tsx" | "bun" => "typescript",
        "perl" => "perl",
        "ruby" | "jruby" => "ruby",
        "php" | "php-cgi" => "php",
        "lua" | "luajit" | "texlua" => "lua",
        "Rscript" => "r",
        "tclsh" | "wish" | "expect" => "tcl",
        "groovy" => "groovy",
        "julia" => "julia",
        "pwsh" | "powershell" => "powershell",
        "make" | "gmake" => "makefile",
        "escript" => "erlang",
        "elixir" => "elixir",
        "sbcl" | "clisp" => "commonlisp",
        "guile" | "racket" | "csi" | "chibi-scheme" => "scheme",
        "scala" => "scala",
        "kotlin" => "kotlin",
        "swift" => "swift",
        "runhaskell" | "runghc" | "stack" => "haskell",
        "ocaml" => "ocaml",
        "dart" => "dart",
        "emacs" => "emacs-lisp",
        _ => return None,
    })
}

/// A Vim (`vim: set ft=lua :`, `vi:filetype=sh`) or Emacs (`-*- mode: ruby -*-`,
/// `-*- python -*-`) modeline in the first or last lines.
pub fn modeline(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let head = lines.iter().take(MODELINE_LINES);
    let tail = lines.iter().skip(
        lines
            .len()
            .saturating_sub(MODELINE_LINES)
            .max(MODELINE_LINES),
    );
    head.chain(tail)
        .find_map(|l| vim_modeline(l).or_else(|| emacs_modeline(l)))
}

fn vim_modeline(line: &str) -> Option<String> {
    let idx = ["vim:", "vi:", "ex:", "Vim:"]
        .iter()
        .filter_map(|m| {
            line.find(m)
                .filter(|&i| i == 0 || line.as_bytes()[i - 1].is_ascii_whitespace())
                .map(|i| i + m.len())
        })
        .min()?;
    let opts = &line[idx..];
    for part in opts.split(|c: char| c == ':' || c.is_whitespace()) {
        let value = part
            .strip_prefix("ft=")
            .or_else(|| part.strip_prefix("filetype="))
            .or_else(|| part.strip_prefix("syntax="))
            .or_else(|| part.strip_prefix("syn="));
        if let Some(ft) = value.filter(|v| !v.is_empty()) {
            return Language::from_nvim_filetype(ft)
                .or_else(|| Language::lookup(ft))
                .map(|l| l.id.to_string());
        }
    }
    None
}

fn emacs_modeline(line: &str) -> Option<String> {
    let start = line.find("-*-")? + 3;
    let end = start + line[start..].find("-*-")?;
    let inner = line[start..end].trim();
    let mode = if inner.contains(':') {
        inner.split(';').find_map(|kv| {
            let (k, v) = kv.split_once(':')?;
            (k.trim().eq_ignore_ascii_case("mode")).then(|| v.trim())
        })?
    } else {
        inner
    };
    let mode = mode.trim_end_matches("-mode").to_ascii_lowercase();
    let id = match mode.as_str() {
        "c++" => "cpp",
        "sh" | "shell-script" | "bash" => "shellscript",
        "js" | "js2" | "javascript" => "javascript",
        "emacs-lisp" | "elisp" | "lisp-interaction" => "emacs-lisp",
        "lisp" | "common-lisp" => "commonlisp",
        "cperl" => "perl",
        "makefile" | "makefile-gmake" | "gnumakefile" => "makefile",
        "objc" => "objective-c",
        "conf" | "conf-unix" => "ini",
        "tuareg" => "ocaml",
        "nxml" | "sgml" => "xml",
        "mhtml" => "html",
        "latex" | "tex" => "latex",
        "autoconf" | "m4" | "text" | "fundamental" | "indented-text" | "outline" | "org" => {
            return None
        }
        other => canonical_id(other),
    };
    Language::lookup(id).map(|l| l.id.to_string())
}

/// `<?xml version="1.0"?>` as the first thing in the text makes it an XML
/// document: `html` when its root element (or doctype) is `html`, as in
/// XHTML, else `xml`. Models weigh tag-heavy XML with upper-case names
/// (jEdit modes, old DocBook) or HTML inside XSLT as HTML; the declaration
/// settles it.
pub fn xml_declaration(text: &str) -> Option<&'static str> {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    let after = t.strip_prefix("<?xml")?;
    if !after.starts_with(|c: char| c.is_ascii_whitespace() || c == '?') {
        return None;
    }
    let mut end = t.len().min(XML_PROLOG_LIMIT);
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    let prolog = &t[..end];
    Some(if root_is_html(prolog) { "html" } else { "xml" })
}

/// Skips processing instructions, comments and the doctype's internal
/// subset to the first element, or the doctype's name, whichever says more.
fn root_is_html(prolog: &str) -> bool {
    let is_html = |name: &str| {
        let local = name.rsplit(':').next().unwrap_or(name);
        local.eq_ignore_ascii_case("html")
    };
    let mut rest = prolog;
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("<?") {
            match r.find("?>") {
                Some(i) => rest = &r[i + 2..],
                None => return false,
            }
        } else if let Some(r) = rest.strip_prefix("<!--") {
            match r.find("-->") {
                Some(i) => rest = &r[i + 3..],
                None => return false,
            }
        } else if rest
            .get(..9)
            .is_some_and(|p| p.eq_ignore_ascii_case("<!DOCTYPE"))
        {
            let name = rest[9..].split_whitespace().next().unwrap_or("");
            return is_html(name.trim_end_matches(['>', '[']));
        } else if let Some(r) = rest.strip_prefix('<') {
            let name = r
                .split(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
                .next()
                .unwrap_or("");
            return is_html(name);
        } else {
            return false;
        }
    }
}

/// An object or array that parses completely as RFC 8259 JSON.
pub fn is_strict_json(text: &str) -> bool {
    json_candidate(text).is_some_and(|t| opens_json(t) && parses_as_json(t))
}

/// Not [`is_strict_json`], but would be without its `//` and `/* */`
/// comments (JSONC: VS Code's settings, tsconfig) or with the raw tabs and
/// line breaks inside its strings escaped (Qt's and other readers accept them).
pub fn is_jsonc(text: &str) -> bool {
    let Some(t) = json_candidate(text) else {
        return false;
    };
    let may_be = opens_json(t) || t.starts_with("//") || t.starts_with("/*");
    // Strict JSON has neither comments nor raw control characters, so the
    // rewrite below gives `None` for it: no second strict parse is needed.
    may_be
        && t.contains(['\t', '\n', '\r', '/'])
        && without_comments_and_raw_controls(t).is_some_and(|c| {
            let c = c.trim();
            opens_json(c) && c.len() >= MIN_JSON_BYTES && parses_as_json(c)
        })
}

/// `[1]`, `[]` or `{}` alone say too little to call a buffer JSON.
const MIN_JSON_BYTES: usize = 8;

/// The trimmed text, when its size allows a JSON parse.
fn json_candidate(text: &str) -> Option<&str> {
    let t = text.trim_start_matches('\u{feff}').trim();
    (MIN_JSON_BYTES..=JSON_PARSE_LIMIT)
        .contains(&t.len())
        .then_some(t)
}

fn opens_json(t: &str) -> bool {
    t.starts_with('{') || t.starts_with('[')
}

fn parses_as_json(t: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(t).is_ok()
}

/// `text` with comments outside strings removed and the control characters
/// JSON forbids raw inside strings (U+0000 to U+001F) escaped; `None` when
/// it has neither (nothing to retry) or ends inside a string or block
/// comment.
fn without_comments_and_raw_controls(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let (mut in_string, mut changed) = (false, false);
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    out.push(c);
                    out.push(chars.next()?);
                }
                '"' => {
                    in_string = false;
                    out.push(c);
                }
                c if c < ' ' => {
                    out.push_str(&format!("\\u{:04x}", u32::from(c)));
                    changed = true;
                }
                _ => out.push(c),
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if c == '/' && chars.peek() == Some(&'/') {
            while chars.peek().is_some_and(|&n| n != '\n') {
                chars.next();
            }
            changed = true;
        } else if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut prev = ' ';
            loop {
                let n = chars.next()?;
                if prev == '*' && n == '/' {
                    break;
                }
                prev = n;
            }
            out.push(' ');
            changed = true;
        } else {
            out.push(c);
        }
    }
    (changed && !in_string).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shebangs() {
        assert_eq!(
            shebang("#!/usr/bin/env python3\nprint(1)").as_deref(),
            Some("python")
        );
        assert_eq!(shebang("#!/bin/bash -e\n").as_deref(), Some("shellscript"));
        assert_eq!(
            shebang("#!/usr/bin/env -S node --harmony\n").as_deref(),
            Some("javascript")
        );
        assert_eq!(shebang("#!/usr/bin/perl5.36 -w\n").as_deref(), Some("perl"));
        assert_eq!(
            shebang("#!/usr/bin/env FOO=1 ruby\n").as_deref(),
            Some("ruby")
        );
        assert_eq!(shebang("#!/usr/bin/unknown-thing\n"), None);
        assert_eq!(shebang("# not a shebang\n"), None);
        assert_eq!(shebang("#![no_std]\n"), None);
    }

    #[test]
    fn modelines() {
        assert_eq!(
            modeline("x\n# vim: set ft=python :\n").as_deref(),
            Some("python")
        );
        assert_eq!(
            modeline("/* vi:filetype=sh */\n").as_deref(),
            Some("shellscript")
        );
        assert_eq!(
            modeline(";; -*- mode: emacs-lisp; lexical-binding: t -*-\n").as_deref(),
            Some("emacs-lisp")
        );
        assert_eq!(modeline("// -*- C++ -*-\nint x;\n").as_deref(), Some("cpp"));
        assert_eq!(modeline("-- vim: ft=lua\n").as_deref(), Some("lua"));
        let long: String = (0..50).map(|i| format!("line {i}\n")).collect();
        assert_eq!(
            modeline(&format!("{long}# vim: ft=yaml\n")).as_deref(),
            Some("yaml")
        );
        assert_eq!(modeline(&format!("{long}# vim: ft=yaml\n{long}")), None);
        assert_eq!(modeline("svim:ft=c\n"), None);
    }

    #[test]
    fn strict_json_only() {
        assert!(is_strict_json("{\"a\": [1, 2, {\"b\": null}]}\n"));
        assert!(is_strict_json("\u{feff}[{\"x\": 1}, {\"x\": 2}]"));
        assert!(!is_strict_json("{\"a\": 1, // comment\n}"));
        let settings =
            "// settings\n{\n  \"a\": 1, /* one */\n  \"b\": \"http://x/*y\" // two\n}\n";
        assert!(!is_strict_json(settings) && is_jsonc(settings));
        let tab = "{\"key\": \"tab\there\", \"n\": 2}";
        assert!(!is_strict_json(tab) && is_jsonc(tab));
        let multiline = "{\n  \"script\": \"line one\n    line two\",\n  \"n\": 2\n}";
        assert!(!is_strict_json(multiline) && is_jsonc(multiline));
        assert!(!is_jsonc("{\"a\": [1, 2, {\"b\": null}]}\n"));
        assert!(!is_jsonc("{\"a\": 1, // trailing comma\n}"));
        assert!(!is_jsonc("{\"a\": 1 /* never closed }"));
        assert!(!is_jsonc("{a: 1, // unquoted\n b: 2}"));
        assert!(!is_jsonc("// x\nconst a = {\"b\": 1};"));
        assert_eq!(find(settings).map(|h| h.evidence), Some(Evidence::Jsonc));
        assert!(!is_strict_json("{a: 1}"));
        assert!(!is_strict_json("42"));
        assert!(!is_strict_json("[]"));
        assert!(!is_strict_json("const x = {\"a\": 1};"));
    }

    #[test]
    fn xml_declarations() {
        let jedit =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE MODE SYSTEM \"xmode.dtd\">\n<MODE>\n<PROPS>";
        assert_eq!(xml_declaration(jedit), Some("xml"));
        let xslt = "\u{feff}  <?xml version='1.0'?>\n<!-- html output -->\n<xsl:stylesheet \
                    version=\"1.0\"><xsl:template match=\"/\"><html><body/></html>";
        assert_eq!(xml_declaration(xslt), Some("xml"));
        let xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \
                     \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\">\n<html xmlns=\"x\">";
        assert_eq!(xml_declaration(xhtml), Some("html"));
        let bare = "<?xml version=\"1.0\"?><?xml-stylesheet href=\"a\"?><h:HTML xmlns:h=\"x\">";
        assert_eq!(xml_declaration(bare), Some("html"));
        assert_eq!(xml_declaration("<?xml version=\"1.0\"?>"), Some("xml"));
        assert_eq!(
            xml_declaration("<?xml-stylesheet href=\"a\"?>\n<rss>"),
            None
        );
        assert_eq!(xml_declaration("<root>\n<?xml version=\"1.0\"?>"), None);
        assert_eq!(xml_declaration("<?php echo 1; ?>"), None);
        assert_eq!(
            xml_declaration("<?xml version=\"1.0\"?><!DOCTYPE"),
            Some("xml")
        );
        assert_eq!(xml_declaration("<?xml ?><!-- never closed"), Some("xml"));
        assert_eq!(
            find(jedit).map(|h| (h.language, h.evidence)),
            Some(("xml".to_string(), Evidence::XmlDeclaration))
        );
    }

    #[test]
    fn find_prefers_shebang() {
        let hit = find("#!/bin/sh\n# vim: ft=python\n").unwrap();
        assert_eq!(
            (hit.language.as_str(), hit.evidence),
            ("shellscript", Evidence::Shebang)
        );
    }
}
