CARGO      ?= cargo
TARGET     ?= x86_64-unknown-linux-musl
PROFILE    ?= release
FEATURES   ?=
CRATE      := tidewatch

ifeq ($(PROFILE),release)
  PROFILE_FLAG := --release
  OUT_DIR      := target/$(TARGET)/release
else
  PROFILE_FLAG :=
  OUT_DIR      := target/$(TARGET)/debug
endif

ifneq ($(strip $(FEATURES)),)
  FEATURE_FLAG := --features "$(FEATURES)"
endif

.PHONY: all build test clippy fmt doc audit dist clean

all: fmt clippy test build

build:
	$(CARGO) build $(PROFILE_FLAG) --target $(TARGET) $(FEATURE_FLAG)

test:
	$(CARGO) test --workspace $(FEATURE_FLAG)

clippy:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all -- --check

doc:
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps --workspace

audit:
	$(CARGO) audit

dist: build
	mkdir -p dist
	cp $(OUT_DIR)/$(CRATE) dist/
	strip dist/$(CRATE)
	tar -C dist -czf dist/$(CRATE)-$(TARGET).tar.gz $(CRATE)
	sha256sum dist/$(CRATE)-$(TARGET).tar.gz > dist/$(CRATE)-$(TARGET).tar.gz.sha256

clean:
	$(CARGO) clean
	rm -rf dist
