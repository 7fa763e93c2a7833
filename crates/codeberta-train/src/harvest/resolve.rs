//! Content decides the language of extensions shared by several languages
//! (`.h`, `.m`, `.pl`, `.v`, `.d`): trusting the extension would put C++
//! headers under `c`, Octave under `objective-c`, make dependency files under
//! `d`, and so on. The rules are deliberately conservative: a file that shows
//! no clear evidence is dropped rather than guessed.

use super::collect::file_name;

/// Extensions whose language content decides.
pub const AMBIGUOUS: &[&str] = &["h", "m", "pl", "v", "d"];

/// The extension (lower case) of the last path component, if any.
pub fn extension(path: &str) -> Option<String> {
    let name = file_name(path);
    let (stem, ext) = name.rsplit_once('.')?;
    if stem.is_empty() {
        return None;
    }
    Some(ext.to_ascii_lowercase())
}

/// The language a file with an ambiguous extension is written in, as a VS
/// Code id; `None` when the extension is not ambiguous. Returns ids that may
/// lie outside the label set (`coq`, `make-deps`, `unknown`): the caller keeps
/// a file only when the answer equals the label it was harvested for.
pub fn resolve(path: &str, text: &str) -> Option<&'static str> {
    let ext = extension(path)?;
    Some(match ext.as_str() {
        "h" => header(text),
        "m" => dot_m(text),
        "pl" => dot_pl(text),
        "v" => dot_v(text),
        "d" => dot_d(text),
        _ => return None,
    })
}

/// Text with comments and string literals left in: the markers below are
/// chosen to be rare in prose, and stripping comments per language costs more
/// than it gains here.
fn count(text: &str, needles: &[&str]) -> usize {
    needles.iter().map(|n| text.matches(n).count()).sum()
}

fn lines_starting(text: &str, prefixes: &[&str]) -> usize {
    text.lines()
        .map(str::trim_start)
        .filter(|l| prefixes.iter().any(|p| l.starts_with(p)))
        .count()
}

fn objc_score(text: &str) -> usize {
    lines_starting(
        text,
        &[
            "@interface",
            "@implementation",
            "@protocol",
            "@end",
            "#import",
            "@property",
            "@class ",
        ],
    ) + count(
        text,
        &["@selector(", "NSString", "@synthesize", "- (", "+ ("],
    ) / 2
}

fn header(text: &str) -> &'static str {
    let objc = lines_starting(
        text,
        &[
            "@interface",
            "@implementation",
            "@protocol",
            "@end",
            "#import",
            "@property",
        ],
    );
    if objc >= 1 {
        return "objective-c";
    }
    let cpp = lines_starting(
        text,
        &[
            "namespace ",
            "template<",
            "template <",
            "class ",
            "public:",
            "private:",
            "protected:",
            "using namespace",
            "#include <iostream>",
            "#include <string>",
            "#include <vector>",
            "#include <memory>",
        ],
    ) + count(
        text,
        &[
            "std::",
            "virtual ",
            "nullptr",
            "constexpr",
            "operator",
            "static_cast<",
            "::~",
            "noexcept",
            "typename ",
        ],
    );
    if cpp >= 2 {
        "cpp"
    } else if cpp == 0 {
        "c"
    } else {
        // One weak hint either way is not evidence enough to label.
        "unknown"
    }
}

fn dot_m(text: &str) -> &'static str {
    if objc_score(text) >= 2 {
        return "objective-c";
    }
    let matlab = lines_starting(
        text,
        &[
            "function ",
            "%",
            "end",
            "endfunction",
            "if ",
            "for ",
            "disp(",
            "error(",
        ],
    ) + count(
        text,
        &["zeros(", "ones(", "nargin", "numel(", "size(", "printf ("],
    );
    let c_like = count(text, &["#include", "#import", "{", "}"]);
    if matlab >= 3 && c_like <= matlab / 4 {
        "matlab"
    } else {
        "unknown"
    }
}

fn dot_pl(text: &str) -> &'static str {
    let perl = lines_starting(
        text,
        &[
            "use strict",
            "use warnings",
            "my ",
            "sub ",
            "package ",
            "#!/usr/bin/perl",
            "#!/usr/bin/env perl",
            "use ",
        ],
    ) + count(
        text,
        &[
            "$_", "@_", " eq ", " ne ", "=~", "->{", "my $", "my @", "my %",
        ],
    );
    let prolog = count(text, &[":-", "?-"]) + lines_starting(text, &["%"]);
    if perl >= 3 && perl > prolog {
        "perl"
    } else if prolog >= 3 && prolog > perl {
        "prolog"
    } else {
        "unknown"
    }
}

fn dot_v(text: &str) -> &'static str {
    let coq = lines_starting(
        text,
        &[
            "Require ",
            "Theorem ",
            "Lemma ",
            "Proof.",
            "Qed.",
            "Definition ",
            "Inductive ",
            "Fixpoint ",
        ],
    );
    let verilog = lines_starting(
        text,
        &[
            "module ",
            "endmodule",
            "input ",
            "output ",
            "wire ",
            "reg ",
            "assign ",
            "always ",
            "`timescale",
            "`define",
            "`include",
        ],
    );
    if verilog >= 2 && verilog > coq {
        "verilog"
    } else if coq >= 2 {
        "coq"
    } else {
        "unknown"
    }
}

fn dot_d(text: &str) -> &'static str {
    // make dependency files: `target.o: a.c b.h \` continuation lists.
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let continuation = text
        .lines()
        .filter(|l| l.trim_end().ends_with('\\'))
        .count();
    let lines = text.lines().count().max(1);
    let deps_head = first
        .split_once(':')
        .is_some_and(|(t, _)| !t.trim().is_empty() && !t.contains(' ') && !t.contains('('));
    if deps_head && continuation * 2 >= lines.saturating_sub(2) {
        return "make-deps";
    }
    let d = lines_starting(
        text,
        &[
            "module ",
            "import ",
            "public import",
            "struct ",
            "class ",
            "void ",
            "auto ",
            "unittest",
            "enum ",
            "alias ",
            "template ",
            "static if",
            "version (",
        ],
    ) + count(
        text,
        &[
            "writeln",
            "@safe",
            "@nogc",
            "pure ",
            "nothrow",
            "immutable",
            "!(",
        ],
    );
    if d >= 3 {
        "d"
    } else {
        "unknown"
    }
}

/// Whether a file the sources file names for `label` through a broad glob
/// is, by its content, something else. The `makefile` rows of the shared
/// sources list take every `*.in` of a package, which brings in locale data,
/// `config.h.in` (C), autoconf's `configure.in` and `POTFILES.in` lists; a
/// file with a make name (`Makefile*`, `GNUmakefile`, `*.mk`, `*.mak`,
/// `*.am`) is kept, any other only when make constructs make up a quarter of
/// its lines (`.am` files too). A text with a shebang, modeline, XML
/// declaration or strict JSON that names another label is that label's,
/// whatever the glob that found it.
pub fn contradicts_label(label: &str, path: &str, text: &str) -> bool {
    // Broad globs bring in templates of other files (`.csproj.in`, `.xsl.in`,
    // `bin-wrapper.in`): what the detector's own rules would call something
    // else is not this label's.
    if let Some(hit) = codeberta_core::evidence::find(text) {
        let node_script = label == "typescript" && hit.language == "javascript";
        // JSON with comments is also how some JavaScript configs look.
        let lenient = hit.evidence == codeberta_core::Evidence::Jsonc;
        if hit.language != label && !node_script && !lenient {
            return true;
        }
    }
    match label {
        // Automake's `.am` is make; GCC's Ada test suite names tests `*.am` too.
        "makefile" if has_make_name(path) && !file_name(path).ends_with(".am") => false,
        "makefile" => !looks_like_make(text),
        _ => false,
    }
}

fn has_make_name(path: &str) -> bool {
    let name = file_name(path).to_ascii_lowercase();
    name.starts_with("makefile")
        || name.starts_with("gnumakefile")
        || [".mk", ".mak", ".am"].iter().any(|e| name.ends_with(e))
}

const MAKE_DIRECTIVES: &[&str] = &[
    "include ",
    "-include ",
    "sinclude ",
    "ifeq",
    "ifneq",
    "ifdef ",
    "ifndef ",
    "else",
    "endif",
    "define ",
    "endef",
    "export ",
    "unexport ",
    "override ",
    "vpath",
    ".PHONY",
    ".SUFFIXES",
];

fn looks_like_make(text: &str) -> bool {
    let (mut code, mut make) = (0usize, 0usize);
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        code += 1;
        if MAKE_DIRECTIVES.iter().any(|d| trimmed.starts_with(d))
            || is_make_assignment(trimmed)
            || is_make_rule(line)
        {
            make += 1;
        }
    }
    make >= 2 && make * 4 >= code
}

/// `NAME = ...`, `NAME := ...`, `NAME += ...`, `NAME ?= ...`, `NAME != ...`.
fn is_make_assignment(line: &str) -> bool {
    let name_end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
        .unwrap_or(line.len());
    if name_end == 0 || !line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        return false;
    }
    let rest = line[name_end..].trim_start();
    ["=", ":=", "::=", "+=", "?=", "!="]
        .iter()
        .any(|op| rest.starts_with(op))
}

/// `targets: prerequisites` at the start of a line (not `:=`).
fn is_make_rule(line: &str) -> bool {
    if line.starts_with([' ', '\t']) {
        return false;
    }
    match line.find(':') {
        Some(at) if at > 0 => {
            let target = &line[..at];
            !line[at..].starts_with(":=")
                && (!target.contains(['=', '"', '\'', '(']) || target.contains("$("))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        assert_eq!(
            resolve(
                "x/a.h",
                "#ifndef A_H\n#define A_H\nint f(void);\nstruct s { int a; };\n#endif\n"
            ),
            Some("c")
        );
        assert_eq!(
            resolve("x/a.h", "#pragma once\nnamespace foo {\nclass Bar {\npublic:\n  virtual ~Bar();\n  std::string s;\n};\n}\n"),
            Some("cpp")
        );
        assert_eq!(
            resolve(
                "x/a.h",
                "#import <Foundation/Foundation.h>\n@interface Foo : NSObject\n@end\n"
            ),
            Some("objective-c")
        );
        assert_eq!(resolve("x/a.c", "int main;"), None);
    }

    #[test]
    fn dot_m_files() {
        let objc = "#import \"Foo.h\"\n@implementation Foo\n- (void)bar {\n  NSString *s = @\"x\";\n}\n@end\n";
        assert_eq!(resolve("a.m", objc), Some("objective-c"));
        let octave = "function y = f(x)\n% F doubles x\n  if nargin < 1\n    error('x');\n  end\n  y = 2 * x;\nend\n";
        assert_eq!(resolve("a.m", octave), Some("matlab"));
    }

    #[test]
    fn dot_pl_files() {
        let perl = "#!/usr/bin/perl\nuse strict;\nuse warnings;\nmy $x = shift;\nsub f { my ($a) = @_; return $a; }\n";
        assert_eq!(resolve("a.pl", perl), Some("perl"));
        let prolog = "% family\nparent(tom, bob).\ngrand(X, Z) :- parent(X, Y), parent(Y, Z).\n:- initialization(main).\nmain :- write(hi).\n";
        assert_eq!(resolve("a.pl", prolog), Some("prolog"));
    }

    #[test]
    fn dot_v_and_dot_d() {
        let v = "`timescale 1ns/1ps\nmodule top(input clk, output reg q);\n  always @(posedge clk) q <= ~q;\nendmodule\n";
        assert_eq!(resolve("a.v", v), Some("verilog"));
        let coq = "Require Import Arith.\nTheorem t : 1 + 1 = 2.\nProof.\n  reflexivity.\nQed.\n";
        assert_eq!(resolve("a.v", coq), Some("coq"));
        let deps = "foo.o: foo.c foo.h \\\n  /usr/include/stdio.h \\\n  /usr/include/stdlib.h\n";
        assert_eq!(resolve("a.d", deps), Some("make-deps"));
        let d =
            "module app;\nimport std.stdio;\nvoid main() {\n  immutable x = 3;\n  writeln(x);\n}\n";
        assert_eq!(resolve("a.d", d), Some("d"));
    }

    #[test]
    fn make_globs_keep_makefiles_and_drop_what_is_not_make() {
        let makefile = "CC = gcc\nCFLAGS += -O2\n\nall: prog\n\nprog: main.o\n\t$(CC) -o $@ $^\n\n.PHONY: all\n";
        assert!(!contradicts_label("makefile", "src/foo.in", makefile));
        assert!(!contradicts_label(
            "makefile",
            "a/Makefile.in",
            "anything\n"
        ));
        assert!(!contradicts_label("makefile", "a/rules.mk", "anything\n"));
        assert!(!contradicts_label("makefile", "a/Makefile.am", makefile));
        let ada =
            "-- CXB30061.AM\nwith Report;\nprocedure CXB3006 is\nbegin\n   null;\nend CXB3006;\n";
        assert!(contradicts_label("makefile", "ada/acats/cxb30061.am", ada));
        let locale = "a\nA\nb\nB\nc\nC\nca\nç\n";
        assert!(contradicts_label("makefile", "x/az_AZ.UTF-8.in", locale));
        let config_h = "/* config.h.in */\n#undef HAVE_FOO\n#undef VERSION\nint x;\n";
        assert!(contradicts_label("makefile", "config.h.in", config_h));
        let potfiles = "src/main.c\nsrc/ui.c\nsrc/io.c\n";
        assert!(contradicts_label("makefile", "po/POTFILES.in", potfiles));
        let configure = "AC_INIT([x], [1.0])\nAM_INIT_AUTOMAKE\nAC_PROG_CC\nAC_CONFIG_FILES([Makefile])\nAC_OUTPUT\n";
        assert!(contradicts_label("makefile", "configure.in", configure));
        // Other labels are not judged here.
        assert!(!contradicts_label("c", "config.h.in", locale));
    }

    #[test]
    fn near_certain_evidence_overrides_the_glob() {
        let vcxproj =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project DefaultTargets=\"Build\">\n";
        assert!(contradicts_label("cmake", "VS-10.vcxproj.in", vcxproj));
        assert!(contradicts_label("makefile", "doc/Makefile.in", vcxproj));
        assert!(!contradicts_label("xml", "VS-10.vcxproj", vcxproj));
        let xhtml = "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n";
        assert!(!contradicts_label("html", "a.xhtml", xhtml));
        assert!(contradicts_label("xml", "a.xhtml", xhtml));
        let wrapper = "#!/bin/sh\nexec @prefix@/bin/tool \"$@\"\n";
        assert!(contradicts_label("makefile", "bin-wrapper.in", wrapper));
        assert!(!contradicts_label("shellscript", "bin-wrapper.in", wrapper));
        let cli = "#!/usr/bin/env node\nconst n: number = 1;\n";
        assert!(!contradicts_label("typescript", "cli.ts", cli));
        assert!(contradicts_label(
            "javascript",
            "data.js",
            "{\"a\": [1, 2, 3]}\n"
        ));
    }
}
