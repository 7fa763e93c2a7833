#!/usr/bin/env python3
"""Regenerates corpus/sources.tsv from the shared survey
(../shared/corpus/debian-sources.tsv) plus the hand-picked source packages
below. Run from the repository root: python3 corpus/make_sources.py SURVEY.

Per label it keeps the rows with the most files after filtering (up to 7
packages), never rows marked EVAL-OVERLAP RISK nor packages whose names the
harvester refuses; `codeberta harvest` re-checks all of that (and the
source package's other binaries) itself.
"""
import collections
import re
import sys

LABELS = """ada bat c clojure cmake commonlisp cpp csharp css d diff dockerfile elixir
emacs-lisp erlang fortran go groovy haskell html ini java javascript json kotlin latex
less lua makefile markdown matlab nim objective-c ocaml pascal perl php powershell
prolog properties python r racket restructuredtext ruby rust scala scheme scss
shellscript sql tcl toml typescript verilog vhdl viml xml yaml""".split()
ALIAS = {"elisp": "emacs-lisp", "lisp": "commonlisp", "vim": "viml", "protobuf": "proto"}
# Binaries whose source package also builds a PyPI/npm repackaging
# (python3-protobuf, python3-pyqt5, python3-kivy): refused by the harvester.
SHARED_SOURCE = {"libprotobuf-dev", "pyqt5-examples", "python-kivy-examples"}
PER_LABEL = 7

EXTRA = """\
groovy	src:groovy	2.4.21-8	src/**/*.groovy ; subprojects/**/*.groovy ; **/*.gradle
groovy	src:gradle	4.4.1-18	subprojects/**/*.groovy ; **/*.gradle
groovy	src:codenarc	0.23-5	src/**/*.groovy
groovy	src:spock	0.7-groovy-2.0-4	**/*.groovy
groovy	src:gant	1.9.11-8	**/*.groovy ; **/*.gant
kotlin	src:kotlin	1.3.31+ds1-1	**/*.kt ; **/*.kts
kotlin	src:gradle-kotlin-dsl	0.13.2-5	**/*.kt ; **/*.kts
scala	src:scala	2.11.12-5	**/*.scala
scala	src:scala-xml	1.0.3-3.1	**/*.scala
elixir	src:elixir-lang	1.14.0.dfsg-2	**/*.ex ; **/*.exs
elixir	src:rabbitmq-server	3.10.8-1.1+deb12u1	**/*.ex ; **/*.exs
typescript	src:firefox-esr	140.12.0esr-1~deb12u1	dom/webgpu/tests/cts/checkout/src/**/*.ts ; toolkit/**/*.ts ; browser/**/*.ts ; devtools/**/*.ts
typescript	src:nodejs	18.20.4+dfsg-1~deb12u2	typings/**/*.ts ; test/**/*.ts ; test/**/*.mts ; tools/**/*.ts
haskell	src:xmonad	0.17.1-1	**/*.hs
haskell	src:shellcheck	0.9.0-1	**/*.hs
haskell	src:pandoc	2.17.1.1-2~deb12u1	src/**/*.hs ; test/**/*.hs
haskell	src:darcs	2.16.5-1	**/*.hs
haskell	src:git-annex	10.20230126-3	**/*.hs
toml	src:hugo	0.111.3-1	**/*.toml
dockerfile	rust-src	1.63.0+dfsg1-2	usr/src/rustc-1.63.0/**/Dockerfile ; usr/src/rustc-1.63.0/**/Dockerfile.*
dockerfile	golang-1.19-src	1.19.8-2	usr/share/go-1.19/**/Dockerfile
dockerfile	src:firefox-esr	140.12.0esr-1~deb12u1	**/Dockerfile ; **/Dockerfile.*
dockerfile	src:hugo	0.111.3-1	**/Dockerfile
bat	src:groovy	2.4.21-8	**/*.bat ; **/*.cmd
bat	src:gradle	4.4.1-18	**/*.bat ; **/*.cmd
bat	src:ant	1.10.13-1	**/*.bat ; **/*.cmd
bat	src:tomcat10	10.1.60-1~deb12u1	**/*.bat ; **/*.cmd
bat	src:firefox-esr	140.12.0esr-1~deb12u1	**/*.bat ; **/*.cmd
powershell	src:firefox-esr	140.12.0esr-1~deb12u1	**/*.ps1 ; **/*.psm1
vhdl	src:ghdl	2.0.0+dfsg-6.2	testsuite/**/*.vhdl ; testsuite/**/*.vhd ; lib/**/*.vhdl ; lib/**/*.vhd
verilog	src:iverilog	11.0-1.1	**/*.v ; **/*.vh
verilog	src:yosys	0.23-6	**/*.v ; **/*.vh
verilog	src:verilator	5.006-3	**/*.v ; **/*.vh
"""


def forbidden(p):
    return bool(
        re.match(r"^(python3-|pypy3-|node-|libjs-|ansible|cl-)", p)
        or p == "slib"
        or re.match(r"^librust-.*-dev$", p)
        or re.match(r"^golang-.*-dev$", p)
    )


def main(survey):
    by = collections.defaultdict(list)
    with open(survey) as f:
        next(f)
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) < 7:
                continue
            label = ALIAS.get(r[0], r[0])
            if label not in LABELS or "EVAL-OVERLAP" in r[6] or forbidden(r[1]) or r[1] in SHARED_SOURCE:
                continue
            if "(shebang or filename match)" in r[3]:
                continue  # no glob to reproduce it with
            by[label].append([label] + r[1:7])
    out = []
    for label in LABELS:
        n = 0
        for r in sorted(by[label], key=lambda r: (-int(r[4]), r[1])):
            if n >= PER_LABEL:
                break
            if int(r[4]) < 5 and n >= 2:
                continue
            out.append(r)
            n += 1
    for line in EXTRA.splitlines():
        out.append(line.split("\t") + ["", "", "hand-picked source package"])
    sys.stdout.write("label\tpackage\tversion\tpath_glob_inside_package\tfiles_after_filter\tapprox_total_mb\tnote\n")
    for r in sorted(out, key=lambda r: (r[0], r[1])):
        sys.stdout.write("\t".join(r[:7]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/debian-sources.tsv")
