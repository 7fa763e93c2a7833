SHELL := /bin/bash
.DEFAULT_GOAL := help

APP       := ledgerd
PKG       := github.com/acme/ledger
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT    := $(shell git rev-parse --short HEAD)
BUILDTIME := $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
LDFLAGS   := -s -w -X $(PKG)/internal/version.Version=$(VERSION) \
             -X $(PKG)/internal/version.Commit=$(COMMIT) \
             -X $(PKG)/internal/version.BuildTime=$(BUILDTIME)
GOFLAGS   := -trimpath
PLATFORMS := linux/amd64 linux/arm64 darwin/arm64 windows/amd64

.PHONY: help
help: ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*?## .*$$' $(MAKEFILE_LIST) | sort | \
		awk 'BEGIN {FS = ":.*?## "}; {printf "\033[36m%-18s\033[0m %s\n", $$1, $$2}'

.PHONY: build
build: ## Build for the host platform
	go build $(GOFLAGS) -ldflags '$(LDFLAGS)' -o bin/$(APP) ./cmd/$(APP)

.PHONY: release
release: ## Cross-compile for all platforms
	@for p in $(PLATFORMS); do \
		os=$${p%/*}; arch=$${p#*/}; ext=""; \
		[ "$$os" = "windows" ] && ext=".exe"; \
		echo "building $$os/$$arch"; \
		GOOS=$$os GOARCH=$$arch CGO_ENABLED=0 go build $(GOFLAGS) -ldflags '$(LDFLAGS)' \
			-o dist/$(APP)-$(VERSION)-$$os-$$arch$$ext ./cmd/$(APP) || exit 1; \
	done

.PHONY: test
test: ## Run unit tests with race detector
	go test -race -count=1 ./...

.PHONY: cover
cover: ## Coverage report in the browser
	go test -coverprofile=coverage.out ./...
	go tool cover -html=coverage.out

.PHONY: lint
lint: ## Run linters
	golangci-lint run ./...

.PHONY: generate
generate: ## Regenerate mocks and sqlc code
	go generate ./...
	sqlc generate

.PHONY: migrate-up migrate-down
migrate-up: ## Apply database migrations
	migrate -path db/migrations -database "$$DATABASE_URL" up
migrate-down: ## Roll back one migration
	migrate -path db/migrations -database "$$DATABASE_URL" down 1

.PHONY: docker
docker: ## Build the container image
	docker build --build-arg VERSION=$(VERSION) -t acme/$(APP):$(VERSION) .

.PHONY: clean
clean: ## Remove build artefacts
	rm -rf bin dist coverage.out

## ------------------------------------------------------------------
## Local environment
## ------------------------------------------------------------------

COMPOSE       := docker compose -f deploy/compose.dev.yml
DATABASE_URL  ?= postgres://ledger:ledger@localhost:5432/ledger?sslmode=disable
export DATABASE_URL

.PHONY: dev-up
dev-up: ## Start postgres, nats and jaeger locally
	$(COMPOSE) up -d --wait

.PHONY: dev-down
dev-down: ## Stop the local dependencies
	$(COMPOSE) down

.PHONY: run
run: build dev-up ## Run the service against local dependencies
	LEDGER_LOG_LEVEL=debug ./bin/$(APP) --config config/dev.yaml

.PHONY: seed
seed: ## Load fixture data into the local database
	psql "$(DATABASE_URL)" -v ON_ERROR_STOP=1 -f db/fixtures/seed.sql

.PHONY: tools
tools: ## Install pinned developer tools
	go install github.com/golang-migrate/migrate/v4/cmd/migrate@v4.17.1
	go install github.com/sqlc-dev/sqlc/cmd/sqlc@v1.26.0
	go install go.uber.org/mock/mockgen@v0.4.0
	go install golang.org/x/vuln/cmd/govulncheck@latest

.PHONY: vuln
vuln: ## Check dependencies for known vulnerabilities
	govulncheck ./...

.PHONY: bench
bench: ## Run benchmarks and compare with main
	go test -run=^$$ -bench=. -benchmem -count=6 ./internal/... | tee bench.new.txt
	@if [ -f bench.old.txt ]; then benchstat bench.old.txt bench.new.txt; fi

.PHONY: ci
ci: lint vuln test ## Everything CI runs
