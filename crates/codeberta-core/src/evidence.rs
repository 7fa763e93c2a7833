//! Cheap, near-certain evidence read before the model runs: a shebang line,
//! a Vim or Emacs modeline, or a text that parses as strict JSON.

use serde::Serialize;

use crate::languages::{canonical_id, Language};

/// Where a detection came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    Shebang,
    Modeline,
    StrictJson,
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

/// Looks for a shebang, then a modeline, then strict JSON.
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
    if is_strict_json(text) {
        return Some(RuleHit {
            language: "json".into(),
            evidence: Evidence::StrictJson,
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

/// An object or array that parses completely as RFC 8259 JSON.
pub fn is_strict_json(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim();
    if t.len() > JSON_PARSE_LIMIT || !(t.starts_with('{') || t.starts_with('[')) {
        return false;
    }
    // `[1]`, `[]` or `{}` alone say too little to call a buffer JSON.
    t.len() >= 8 && serde_json::from_str::<serde::de::IgnoredAny>(t).is_ok()
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
        assert!(!is_strict_json("{a: 1}"));
        assert!(!is_strict_json("42"));
        assert!(!is_strict_json("[]"));
        assert!(!is_strict_json("const x = {\"a\": 1};"));
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
