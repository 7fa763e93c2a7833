//! Octave's docstrings against Erlang's and LaTeX's comments. Octave
//! documents a function in Texinfo inside its comment block
//! (`-*- texinfo -*-`, `@deftypefn`, `@example`, `@var{x}`). When that block
//! is written with `%`, the comment character Erlang and LaTeX share, a
//! short text is all comment and the experts answer by the comment
//! character. Texinfo's commands are in no Erlang comment (EDoc has its own
//! tags: `@doc`, `@spec`, `@see`) and no LaTeX comment of our training data.

use crate::rule_text;

/// Commands written with their braces.
const BRACED: &[&str] = &[
    "result{}", "dots{}", "seealso{", "var{", "code{", "qcode{", "strong{", "pxref{", "xref{",
    "emph{", "math{", "samp{",
];
/// Commands that stand alone or before an argument on their line.
const LINE: &[&str] = &[
    "example",
    "smallexample",
    "group",
    "itemize",
    "deftypefn",
    "deftypefnx",
    "defun",
    "defunx",
    "documentencoding",
];
/// Blocks that `@end NAME` closes.
const BLOCKS: &[&str] = &[
    "example",
    "smallexample",
    "group",
    "itemize",
    "enumerate",
    "table",
    "multitable",
    "verbatim",
    "tex",
    "iftex",
    "ifnottex",
    "deftypefn",
    "defun",
];

/// Whether a `%` comment line of `text` (its first 64 KiB) holds Texinfo:
/// the `-*- texinfo -*-` mark or one of its commands. On our training data
/// only MATLAB/Octave files pass.
pub fn in_percent_comments(text: &str) -> bool {
    rule_text::scanned(text).lines().any(|line| {
        let line = line.trim_start();
        line.starts_with('%') && (line.contains("-*- texinfo -*-") || has_command(line))
    })
}

fn has_command(line: &str) -> bool {
    line.match_indices('@').any(|(at, _)| {
        // An e-mail address (`j.doe@example.com`) or `@@` holds no command.
        let after_word = line[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'));
        let rest = &line[at + 1..];
        !after_word
            && (BRACED.iter().any(|b| rest.starts_with(b))
                || LINE.iter().any(|w| word_starts(rest, w))
                || rest
                    .strip_prefix("end ")
                    .is_some_and(|r| BLOCKS.iter().any(|b| word_starts(r, b))))
    })
}

/// Whether `rest` starts with the whole word `word`.
fn word_starts(rest: &str, word: &str) -> bool {
    rest.strip_prefix(word)
        .is_some_and(|after| after.is_empty() || after.starts_with(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn octave_docstrings_in_percent_comments_pass() {
        for text in [
            "%% -*- texinfo -*-\n%% @documentencoding UTF-8",
            "%% @deftypefn {} {} f (@var{x})",
            "%% @example\n%% @group\n%% y = f(x)\n%%   @result{} y = 2",
            "  % @end example\n",
            "%% @seealso{@@sym/lhs}",
            "%% the Python @code{mpmath} function",
        ] {
            assert!(in_percent_comments(text), "{text:?}");
        }
    }

    #[test]
    fn erlang_edoc_latex_and_other_comments_do_not() {
        for text in [
            "%% @doc Starts the server.\n%% @spec start() -> ok\n%% @end\nstart() -> ok.",
            "%%    e=j.doe@example.com (Jane Doe)",
            "% \\begin{example}\n\\section{Intro} % see @example below",
            "%% @examples are not a command\n%% @endexample",
            ";; @example\n;; (define x 1)\n;; @end example",
            "## @deftypefn {} {} f (@var{x})",
            "x = 1; @var{y}",
        ] {
            assert!(!in_percent_comments(text), "{text:?}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "%",
            "%@",
            "% @",
            "%é@",
            "%@end",
            "%@end ",
            "@@@",
            "%\u{feff}@var{",
        ] {
            in_percent_comments(t);
        }
        let huge = format!("{}%% @example\n", "%% plain comment line é\n".repeat(4000));
        assert!(!in_percent_comments(&huge), "past the scan limit");
    }
}
