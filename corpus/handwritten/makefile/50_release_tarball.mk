# release.mk -- included from the top-level Makefile.
#
#   make dist               build $(PKG)-$(VERSION).tar.xz from git HEAD
#   make distcheck          unpack the tarball and build/test it out of tree
#   make sign               detached GPG signature + sha256 sums
#   make release            all of the above, then tag and push
#   make bump-{major,minor,patch}

PKG         ?= $(notdir $(CURDIR))
VERSION     := $(shell cat VERSION)
DISTNAME    := $(PKG)-$(VERSION)
DISTDIR     := dist
TARBALL     := $(DISTDIR)/$(DISTNAME).tar.xz
CHECKSUMS   := $(DISTDIR)/SHA256SUMS
SIGNATURE   := $(TARBALL).asc
GPG_KEY     ?= release@example.org
GIT_REMOTE  ?= origin

# Files generated at release time that are not in git but must ship.
GENERATED   := ChangeLog configure doc/$(PKG).1

MAJOR := $(word 1,$(subst ., ,$(VERSION)))
MINOR := $(word 2,$(subst ., ,$(VERSION)))
PATCH := $(word 3,$(subst ., ,$(VERSION)))

.PHONY: dist distcheck sign release tag push-tag bump-major bump-minor bump-patch \
        check-clean check-version changelog dist-clean

check-clean:
	@if [ -n "$$(git status --porcelain)" ]; then \
		echo "error: working tree has uncommitted changes"; \
		git status --short; \
		exit 1; \
	fi

check-version:
	@case "$(VERSION)" in \
		[0-9]*.[0-9]*.[0-9]*) ;; \
		*) echo "error: VERSION '$(VERSION)' is not MAJOR.MINOR.PATCH"; exit 1 ;; \
	esac
	@if git rev-parse -q --verify "refs/tags/v$(VERSION)" >/dev/null; then \
		echo "error: tag v$(VERSION) already exists"; exit 1; \
	fi
	@grep -q "^## \[$(VERSION)\]" CHANGELOG.md || \
		{ echo "error: CHANGELOG.md has no entry for $(VERSION)"; exit 1; }

ChangeLog:
	git log --date=short --format='%ad  %an  <%ae>%n%n%w(72,8,8)%B' > $@

configure: configure.ac
	autoreconf -fi

doc/$(PKG).1: doc/$(PKG).1.md
	pandoc -s -t man -o $@ $<

$(DISTDIR):
	mkdir -p $@

$(TARBALL): check-clean check-version $(GENERATED) | $(DISTDIR)
	rm -rf $(DISTDIR)/$(DISTNAME)
	git archive --format=tar --prefix=$(DISTNAME)/ HEAD | tar -C $(DISTDIR) -xf -
	cp --parents $(GENERATED) $(DISTDIR)/$(DISTNAME)/
	echo "$(VERSION)" > $(DISTDIR)/$(DISTNAME)/VERSION
	tar -C $(DISTDIR) --owner=0 --group=0 --numeric-owner --sort=name \
		--mtime="$$(git log -1 --format=%cI)" -cJf $@ $(DISTNAME)
	rm -rf $(DISTDIR)/$(DISTNAME)
	@echo "created $@ ($$(du -h $@ | cut -f1))"

dist: $(TARBALL)

distcheck: dist
	rm -rf $(DISTDIR)/check
	mkdir -p $(DISTDIR)/check/build $(DISTDIR)/check/inst
	tar -C $(DISTDIR)/check -xJf $(TARBALL)
	cd $(DISTDIR)/check/build && \
		../$(DISTNAME)/configure --prefix=$(abspath $(DISTDIR)/check/inst) && \
		$(MAKE) && \
		$(MAKE) check && \
		$(MAKE) install && \
		$(MAKE) uninstall
	@leftover=$$(find $(DISTDIR)/check/inst -type f | wc -l); \
	if [ "$$leftover" -ne 0 ]; then \
		echo "error: uninstall left $$leftover files behind"; exit 1; \
	fi
	rm -rf $(DISTDIR)/check
	@echo "$(DISTNAME) passed distcheck"

$(CHECKSUMS): $(TARBALL)
	cd $(DISTDIR) && sha256sum $(notdir $(TARBALL)) > $(notdir $@)

$(SIGNATURE): $(TARBALL)
	gpg --batch --yes --local-user $(GPG_KEY) --armor --detach-sign -o $@ $<

sign: $(CHECKSUMS) $(SIGNATURE)
	gpg --verify $(SIGNATURE) $(TARBALL)

tag: check-clean check-version
	git tag -s -u $(GPG_KEY) -m "$(PKG) $(VERSION)" v$(VERSION)

push-tag:
	git push $(GIT_REMOTE) v$(VERSION)

release: distcheck sign tag push-tag
	@echo
	@echo "Released $(DISTNAME). Upload these files:"
	@ls -1 $(TARBALL) $(SIGNATURE) $(CHECKSUMS)

define bump
	@echo "$(1)" > VERSION
	@sed -i "s/^## \[Unreleased\]/## [Unreleased]\n\n## [$(1)] - $$(date +%F)/" CHANGELOG.md
	git commit -m "Bump version to $(1)" VERSION CHANGELOG.md
	@echo "version is now $(1)"
endef

bump-major: check-clean
	$(call bump,$(shell echo $$(($(MAJOR) + 1))).0.0)

bump-minor: check-clean
	$(call bump,$(MAJOR).$(shell echo $$(($(MINOR) + 1))).0)

bump-patch: check-clean
	$(call bump,$(MAJOR).$(MINOR).$(shell echo $$(($(PATCH) + 1))))

dist-clean:
	rm -rf $(DISTDIR) ChangeLog
