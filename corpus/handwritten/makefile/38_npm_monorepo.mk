# Thin wrapper around pnpm workspaces so CI and humans type the same thing.
PNPM      := corepack pnpm
PACKAGES  := $(notdir $(wildcard packages/*))
APPS      := $(notdir $(wildcard apps/*))

node_modules/.modules.yaml: package.json pnpm-lock.yaml $(wildcard packages/*/package.json apps/*/package.json)
	$(PNPM) install --frozen-lockfile
	@touch $@

deps: node_modules/.modules.yaml

build: deps
	$(PNPM) -r --filter "./packages/**" run build
	$(PNPM) -r --filter "./apps/**" run build

dev-%: deps
	$(PNPM) --filter $* run dev

test: deps
	$(PNPM) -r run test -- --run

lint: deps
	$(PNPM) exec eslint . --max-warnings=0
	$(PNPM) exec prettier --check .

typecheck: deps
	$(PNPM) -r exec tsc --noEmit

ci: lint typecheck test build

list:
	@echo "packages: $(PACKAGES)"
	@echo "apps:     $(APPS)"

clean:
	rm -rf node_modules $(addsuffix /node_modules,$(wildcard packages/* apps/*))
	rm -rf $(addsuffix /dist,$(wildcard packages/* apps/*))

.PHONY: deps build test lint typecheck ci list clean
