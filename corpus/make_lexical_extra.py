#!/usr/bin/env python3
"""Regenerates corpus/sources-lexical-extra.tsv: more Debian bookworm binary
packages for the labels whose held-out recall was lowest, harvested only for
the lexical expert (the transformer's harvest, and with it the held-out
split, stays on corpus/sources.tsv).

The packages below were picked by hand from bookworm's Contents-all and
Contents-amd64 indexes (files per extension, most first), leaving out
packages already in corpus/sources.tsv for the label, documentation made by
generators (doxygen's search JavaScript), packages that repackage PyPI, npm
or crates.io projects (jest, webpack, eslint, ckeditor, rust-web-src, ...;
`codeberta harvest` refuses the rest by name and by source package) and
debs over 80 MB. Versions and sizes come from `apt-cache show` (run after
`apt-get update` on a bookworm system).

usage: python3 corpus/make_lexical_extra.py > corpus/sources-lexical-extra.tsv

The second round (2026-11-26) adds the original eight's weakest labels and
other thin ones (cpp, java, kotlin, xml, c, lua, perl, matlab, cmake,
properties): binary packages picked the same way, plus Debian source
packages (`src:NAME`, fetched with `apt-get source`) of widely used
projects, whose versions come from the harvester's own apt configuration
(`apt-cache -c CACHE/apt/apt.conf showsrc`; run a harvest once first).
Source packages held out for a label, and projects sharing code with a
held-out package (Boost, Qt examples, Tomcat, Android tools, Request
Tracker, the perl interpreter), are left out.
"""
import os
import re
import subprocess
import sys

PICKS = """
ini obs-studio linuxcnc-uspace theli mrpt-common rmagic emerald-themes stellarium-data povray-examples mc-data xrdp mame php8.2-common mgba-common uwsgi-core fs-uae-arcade icingaweb2-module-graphite instead-data syncevolution-common prusa-slicer
css gtk-4-tests tdiary-theme publican zoneminder cacti kde-telepathy-text-ui mate-themes yaru-theme-gtk roundcube-plugins-extra ardour-data digikam-data libsource-highlight-common phpsysinfo orchis-gtk-theme ldap-account-manager licenseutils
scss ceph-mgr-dashboard r-cran-pkgdown flowblade ukui-themes compass-toolkit-plugin compass-breakpoint-plugin compass-blueprint-plugin sass-stylesheets-neat openqa sass-stylesheets-typey r-cran-shiny compass-color-schemer-plugin fonts-fork-awesome compass-layoutgala-plugin fonts-elusive-icons sass-stylesheets-gutenberg bluebird-gtk-theme apostrophe sass-stylesheets-purecss
less tryton-sao castle-game-engine-doc openrefine icingadb-web fonts-roboto-fontface icinga-php-library fonts-fork-awesome fonts-elusive-icons icingaweb2-module-incubator raintpl mediawiki-skin-greystuff
javascript tryton-sao cinnamon-common gjs-tests gnome-shell-extension-gsconnect gnome-shell-extension-flypie openrefine mixxx-data rkward-data sogo-common redmine zoneminder cacti nagvis qlcplus-data musescore3-common yelp phpldapadmin shiny-server ledgersmb openboard-common zabbix-frontend-php
typescript ceph-mgr-dashboard
d libglibd-2.0-dev libgstreamerd-3-dev dlang-openssl
makefile mk-configure bmake wx3.2-examples pcp-testsuite libsundials-dev dpdk-doc ats2-lang bsdowl cdbs arduino-mk zmk pkg-kde-tools faust-common gfxboot-themes openocd
markdown crowdsec simplesamlphp castle-game-engine-doc texlive-latex-extra-doc clazy docker-doc frescobaldi prosody-modules lxd surgescript faust-common zabbix-frontend-php litecoin-qt r-cran-recipes
yaml boxer-data gnuradio ruby-countries crowdsec zabbix-frontend-php ssg-nondebian haskell-clash-lib-utils libmlt-data unknown-horizons openqa puppet-module-camptocamp-systemd redmine pandoc-data crmsh gr-satellites
json cataclysm-dda-data cura kea-doc libmagics++-data fwupd-tests mame-data bali-phy lebiniou-data teeworlds-data libkkc-common cinnamon-common kwin-data widelands-data
toml ir-keytable r-cran-rcpptoml vcfanno-examples droid-juicer
scheme denemo-data guile-2.2-libs scheme48 gnucash minlog scheme9 gimp-plugin-registry uim-data snd-common trackballs-data scheme-chez-srfi mes guile-git nyacc guile-library scm elk guile-ssh

cpp libquantlib0-dev libocct-foundation-dev libopenturns-dev juce-modules-source-data afnix libarmadillo-dev libgecode-dev libmsgpack-cxx-dev libasio-dev libseqan3-dev polymake-common libxerces-c-dev libcaf-dev c++-annotations libpcl-dev tao-json-dev libmaus2-dev libopm-common-dev
java bazel-bootstrap-source uima-examples robocode jflex
xml naev-data unicode-cldr-core osinfo-db openscap-common kodi-data dita-ot firewalld mate-user-guide gromacs-data sdformat-sdf sumo-tools foomatic-db libgutenprint-common megaglest-data
c gnulib sdcc-libraries uthash-dev libxcrypt-source
lua lua-busted lua-penlight vis rspamd lua-ldoc minetest-data wesnoth-1.16-data hedgewars-data sysdig luakit tarantool lua-http lua-check grafx2 golly
perl irssi-scripts rex fusioninventory-agent sympa ocsinventory-agent pdl ikiwiki spamassassin percona-toolkit debconf latexml mhonarc smokeping amavisd-new os-autoinst slic3r centreon-plugins
matlab psychtoolbox-3-common dynare sbmltoolbox octave-image octave-signal octave-io octave-mapping octave-nan octave-optim octave-financial octave-communications-common octave-geometry codec2-examples octave-vlfeat
cmake qt6-base-dev libsight-dev libotb-dev ecbuild ycm-cmake-modules libignition-cmake-dev libopm-common-dev libcgal-dev libpoco-dev ament-cmake libdune-common-dev gnuradio-dev catkin
properties scite libreoffice-nlpsolver freecol manuskript tuxguitar robocode dita-ot
"""
SRC_PICKS = """
cpp fmtlib spdlog catch2 googletest cli11 abseil leveldb snappy cppcheck ninja-build zeal kdevelop openscad lyx mixxx musescore3 spring scribus
cmake fmtlib spdlog catch2 googletest cli11 abseil leveldb snappy cppcheck zeal kdevelop mixxx musescore3
java guava-libraries jackson-databind jsoup snakeyaml junit4 mockito jline3 antlr4 netty h2database hsqldb jetty9 commons-io logback maven
kotlin kotlinx-coroutines kotlinx-atomicfu
xml maven jetty9 logback
properties jetty9 maven logback h2database
c curl redis sqlite3 tmux nginx libuv1 jq htop i3-wm mpv nano libgit2 openssh lua5.4 zlib bash wget xz-utils pcre2 libevent libsodium rsync
"""
GLOB = {
    "ini": "*.ini", "css": "*.css", "scss": "*.scss", "less": "*.less",
    "javascript": "*.{js,mjs}", "typescript": "*.ts", "d": "*.d",
    "makefile": "{Makefile,GNUmakefile,makefile,*.mk}", "markdown": "*.{md,markdown}",
    "yaml": "*.{yml,yaml}", "json": "*.json", "toml": "*.toml", "scheme": "*.{scm,ss,sld}",
    "cpp": "*.{cpp,cc,cxx,hpp,hh,hxx}", "java": "*.java", "kotlin": "*.{kt,kts}",
    "xml": "*.{xml,xsd,xsl,xslt}", "c": "*.{c,h}", "lua": "*.lua", "perl": "*.{pl,pm}",
    "matlab": "*.m", "cmake": "{CMakeLists.txt,*.cmake}", "properties": "*.properties",
}
APT_CONF = os.path.expanduser("~/.cache/codeberta/debian/apt/apt.conf")
MAX_MB = 80


def main():
    print("label\tpackage\tversion\tpath_glob_inside_package\tfiles_after_filter\tapprox_total_mb\tnote")
    for line in filter(None, PICKS.strip().splitlines()):
        label, *packages = line.split()
        for p in packages:
            show = subprocess.run(["apt-cache", "show", "--no-all-versions", p],
                                  capture_output=True, text=True).stdout
            version = re.search(r"^Version: (.*)$", show, re.M)
            size = re.search(r"^Size: (\d+)$", show, re.M)
            if not version or not size:
                print(f"not in the apt lists: {p}", file=sys.stderr)
                continue
            mb = int(size.group(1)) / 1e6
            if mb > MAX_MB:
                print(f"over {MAX_MB} MB: {p} ({mb:.0f} MB)", file=sys.stderr)
                continue
            print(f"{label}\t{p}\t{version.group(1)}\t**/{GLOB[label]}\t\t\t"
                  f"deb {mb:.1f}MB; picked from bookworm Contents by extension")
    for line in SRC_PICKS.strip().splitlines():
        label, *packages = line.split()
        for p in packages:
            show = subprocess.run(["apt-cache", "-c", APT_CONF, "showsrc", "--only-source", p],
                                  capture_output=True, text=True).stdout
            version = re.search(r"^Version: (.*)$", show, re.M)
            if not version:
                print(f"no source package in the apt lists: {p}", file=sys.stderr)
                continue
            print(f"{label}\tsrc:{p}\t{version.group(1)}\t**/{GLOB[label]}\t\t\t"
                  "source package of a widely used project")


if __name__ == "__main__":
    main()
