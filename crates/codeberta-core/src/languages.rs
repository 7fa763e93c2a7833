//! The label space: VS Code language identifiers, their Neovim filetypes and the
//! file extensions that imply them.
//!
//! A model may carry labels that are not in this table (a user correction can
//! introduce a brand-new language id); [`Language::lookup`] then returns `None`
//! and callers fall back to the raw id.

/// One known language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// VS Code language identifier, the label the model predicts.
    pub id: &'static str,
    /// Human-readable name, as VS Code shows it.
    pub name: &'static str,
    /// Neovim `filetype` for this language.
    pub nvim_filetype: &'static str,
    /// File extensions (lower case, without the dot) and exact file names that imply it.
    pub extensions: &'static [&'static str],
}

/// The original CodeBERTa script's eight labels, in its index order (`yml` is `yaml`).
pub const ORIGINAL_EIGHT: [&str; 8] = [
    "cpp",
    "groovy",
    "java",
    "javascript",
    "json",
    "python",
    "xml",
    "yaml",
];

macro_rules! lang {
    ($id:literal, $name:literal, $ft:literal, [$($ext:literal),*]) => {
        Language { id: $id, name: $name, nvim_filetype: $ft, extensions: &[$($ext),*] }
    };
}

/// Every language id the product knows by name.
#[rustfmt::skip]
pub const KNOWN: &[Language] = &[
    lang!("ada", "Ada", "ada", ["adb", "ads", "ada"]),
    lang!("bat", "Batch", "dosbatch", ["bat", "cmd"]),
    lang!("bibtex", "BibTeX", "bib", ["bib"]),
    lang!("c", "C", "c", ["c"]),
    lang!("clojure", "Clojure", "clojure", ["clj", "cljs", "cljc", "edn"]),
    lang!("cmake", "CMake", "cmake", ["cmake", "CMakeLists.txt"]),
    lang!("coffeescript", "CoffeeScript", "coffee", ["coffee"]),
    lang!("commonlisp", "Common Lisp", "lisp", ["lisp", "lsp", "cl", "asd"]),
    lang!("cpp", "C++", "cpp", ["cpp", "cc", "cxx", "hpp", "hh", "hxx", "h++", "c++", "ipp", "tcc"]),
    lang!("csharp", "C#", "cs", ["cs", "csx"]),
    lang!("css", "CSS", "css", ["css"]),
    lang!("cuda-cpp", "CUDA C++", "cuda", ["cu", "cuh"]),
    lang!("d", "D", "d", ["d", "di"]),
    lang!("dart", "Dart", "dart", ["dart"]),
    lang!("diff", "Diff", "diff", ["diff", "patch"]),
    lang!("dockerfile", "Dockerfile", "dockerfile", ["dockerfile", "Dockerfile", "Containerfile"]),
    lang!("elixir", "Elixir", "elixir", ["ex", "exs"]),
    lang!("emacs-lisp", "Emacs Lisp", "lisp", ["el"]),
    lang!("erlang", "Erlang", "erlang", ["erl", "hrl"]),
    lang!("fortran", "Fortran", "fortran", ["f", "f90", "f95", "f03", "f08", "for"]),
    lang!("fsharp", "F#", "fsharp", ["fs", "fsi", "fsx"]),
    lang!("go", "Go", "go", ["go"]),
    lang!("graphql", "GraphQL", "graphql", ["graphql", "gql"]),
    lang!("groovy", "Groovy", "groovy", ["groovy", "gradle", "gvy", "Jenkinsfile"]),
    lang!("haskell", "Haskell", "haskell", ["hs", "lhs"]),
    lang!("html", "HTML", "html", ["html", "htm", "xhtml"]),
    lang!("ini", "Ini", "dosini", ["ini", "cfg", "conf"]),
    lang!("java", "Java", "java", ["java"]),
    lang!("javascript", "JavaScript", "javascript", ["js", "mjs", "cjs"]),
    lang!("javascriptreact", "JavaScript JSX", "javascriptreact", ["jsx"]),
    lang!("json", "JSON", "json", ["json"]),
    lang!("jsonc", "JSON with Comments", "jsonc", ["jsonc"]),
    lang!("julia", "Julia", "julia", ["jl"]),
    lang!("kotlin", "Kotlin", "kotlin", ["kt", "kts"]),
    lang!("latex", "LaTeX", "tex", ["tex", "ltx", "sty", "cls"]),
    lang!("less", "Less", "less", ["less"]),
    lang!("lua", "Lua", "lua", ["lua"]),
    lang!("makefile", "Makefile", "make", ["mk", "mak", "Makefile", "GNUmakefile", "makefile"]),
    lang!("markdown", "Markdown", "markdown", ["md", "markdown", "mkd"]),
    lang!("matlab", "MATLAB", "matlab", []),
    lang!("nim", "Nim", "nim", ["nim", "nims", "nimble"]),
    lang!("nix", "Nix", "nix", ["nix"]),
    lang!("objective-c", "Objective-C", "objc", ["m"]),
    lang!("objective-cpp", "Objective-C++", "objcpp", ["mm"]),
    lang!("ocaml", "OCaml", "ocaml", ["ml", "mli"]),
    lang!("pascal", "Pascal", "pascal", ["pas", "pp", "dpr", "lpr"]),
    lang!("perl", "Perl", "perl", ["pl", "pm", "t"]),
    lang!("php", "PHP", "php", ["php", "phtml"]),
    lang!("plaintext", "Plain Text", "text", ["txt"]),
    lang!("powershell", "PowerShell", "ps1", ["ps1", "psm1", "psd1"]),
    lang!("prolog", "Prolog", "prolog", ["pro", "prolog"]),
    lang!("properties", "Properties", "jproperties", ["properties"]),
    lang!("proto", "Protocol Buffers", "proto", ["proto"]),
    lang!("python", "Python", "python", ["py", "pyi", "pyw"]),
    lang!("r", "R", "r", ["r", "R"]),
    lang!("racket", "Racket", "racket", ["rkt"]),
    lang!("restructuredtext", "reStructuredText", "rst", ["rst"]),
    lang!("ruby", "Ruby", "ruby", ["rb", "rake", "gemspec", "Rakefile", "Gemfile"]),
    lang!("rust", "Rust", "rust", ["rs"]),
    lang!("scala", "Scala", "scala", ["scala", "sc", "sbt"]),
    lang!("scheme", "Scheme", "scheme", ["scm", "ss", "sld"]),
    lang!("scss", "SCSS", "scss", ["scss"]),
    lang!("shellscript", "Shell Script", "sh", ["sh", "bash", "zsh", "ksh"]),
    lang!("sql", "SQL", "sql", ["sql"]),
    lang!("swift", "Swift", "swift", ["swift"]),
    lang!("tcl", "Tcl", "tcl", ["tcl", "tk", "itcl"]),
    lang!("toml", "TOML", "toml", ["toml"]),
    lang!("typescript", "TypeScript", "typescript", ["ts", "mts", "cts"]),
    lang!("typescriptreact", "TypeScript JSX", "typescriptreact", ["tsx"]),
    lang!("vb", "Visual Basic", "vb", ["vb", "bas", "vbs"]),
    lang!("verilog", "Verilog", "verilog", ["v", "vh", "sv", "svh"]),
    lang!("vhdl", "VHDL", "vhdl", ["vhd", "vhdl"]),
    lang!("viml", "Vim Script", "vim", ["vim", "vimrc"]),
    lang!("vue", "Vue", "vue", ["vue"]),
    lang!("xml", "XML", "xml", ["xml", "xsd", "xsl", "xslt", "svg", "pom", "csproj", "plist", "xul"]),
    lang!("yaml", "YAML", "yaml", ["yaml", "yml"]),
    lang!("zig", "Zig", "zig", ["zig"]),
];

impl Language {
    /// The known language with this VS Code id (aliases such as `yml` accepted).
    pub fn lookup(id: &str) -> Option<&'static Language> {
        let id = canonical_id(id);
        KNOWN.iter().find(|l| l.id == id)
    }

    /// The known language whose Neovim filetype is `ft` (first match wins).
    pub fn from_nvim_filetype(ft: &str) -> Option<&'static Language> {
        KNOWN.iter().find(|l| l.nvim_filetype == ft)
    }

    /// The language implied by a file name, from its extension or its exact name.
    /// Extensions shared by several languages (`.h`, `.m`, `.pl`, `.v`, `.d`) map to
    /// the table's choice; content decides in the harvester.
    pub fn from_file_name(name: &str) -> Option<&'static Language> {
        if let Some(l) = KNOWN.iter().find(|l| l.extensions.contains(&name)) {
            return Some(l);
        }
        let (_, ext) = name.rsplit_once('.')?;
        let ext = ext.to_ascii_lowercase();
        if ext == "h" {
            return Language::lookup("c");
        }
        KNOWN
            .iter()
            .find(|l| l.extensions.iter().any(|e| *e == ext))
    }
}

/// Maps common aliases (folder names in old corpora, Neovim filetypes, short
/// names) onto the VS Code id. Unknown ids pass through unchanged.
pub fn canonical_id(id: &str) -> &str {
    match id {
        "yml" => "yaml",
        "c++" | "cxx" => "cpp",
        "js" | "node" => "javascript",
        "ts" => "typescript",
        "py" | "python3" => "python",
        "sh" | "bash" | "zsh" | "shell" => "shellscript",
        "cs" | "c#" => "csharp",
        "rb" => "ruby",
        "rs" => "rust",
        "md" => "markdown",
        "objc" => "objective-c",
        "objcpp" => "objective-cpp",
        "dosbatch" | "batch" => "bat",
        "dosini" => "ini",
        "make" => "makefile",
        "tex" => "latex",
        "text" | "txt" => "plaintext",
        "ps1" => "powershell",
        "jproperties" => "properties",
        "coffee" => "coffeescript",
        "lisp" => "commonlisp",
        "cuda" => "cuda-cpp",
        "rst" => "restructuredtext",
        "elisp" => "emacs-lisp",
        "protobuf" => "proto",
        "vim" => "viml",
        "octave" => "matlab",
        other => other,
    }
}

/// Neovim filetype for a label; unknown labels are used as the filetype as-is.
pub fn nvim_filetype(id: &str) -> String {
    Language::lookup(id)
        .map(|l| l.nvim_filetype.to_string())
        .unwrap_or_else(|| id.to_string())
}

/// Whether a label is acceptable as a language id: non-empty, at most 64 bytes,
/// ASCII letters, digits, `-`, `_`, `+`, `#`, `.`; never `.`/`..` or a path separator.
/// Labels become folder names in corpora and the corrections store, so this
/// is what keeps a label from escaping its folder.
pub fn is_valid_label(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id != "."
        && id != ".."
        && !id.starts_with('.')
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'+' | b'#' | b'.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn original_eight_are_known() {
        for id in ORIGINAL_EIGHT {
            assert!(Language::lookup(id).is_some(), "{id}");
        }
        assert_eq!(canonical_id("yml"), "yaml");
    }

    #[test]
    fn ids_are_unique_and_valid() {
        let mut ids: Vec<_> = KNOWN.iter().map(|l| l.id).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
        assert!(ids.iter().all(|i| is_valid_label(i)));
        assert!(n >= 55);
    }

    #[test]
    fn file_names_resolve() {
        assert_eq!(
            Language::from_file_name("a.PY").map(|l| l.id),
            Some("python")
        );
        assert_eq!(
            Language::from_file_name("Makefile").map(|l| l.id),
            Some("makefile")
        );
        assert_eq!(
            Language::from_file_name("x.yml").map(|l| l.id),
            Some("yaml")
        );
        assert_eq!(Language::from_file_name("x.unknownext"), None);
        assert_eq!(Language::from_file_name("noext"), None);
    }

    #[test]
    fn nvim_mapping() {
        assert_eq!(nvim_filetype("shellscript"), "sh");
        assert_eq!(nvim_filetype("csharp"), "cs");
        assert_eq!(nvim_filetype("my-dsl"), "my-dsl");
        assert_eq!(
            Language::from_nvim_filetype("objc").map(|l| l.id),
            Some("objective-c")
        );
    }

    #[test]
    fn label_validation_rejects_paths() {
        for bad in ["", "..", ".", "a/b", "a\\b", "../x", ".hidden", "a b", "é"] {
            assert!(!is_valid_label(bad), "{bad:?}");
        }
        for good in ["cpp", "c++", "c#", "cuda-cpp", "my_dsl", "x.y"] {
            assert!(is_valid_label(good), "{good:?}");
        }
    }
}
