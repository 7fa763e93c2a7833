BIN := bin/$(notdir $(CURDIR))

$(BIN): $(shell find . -name '*.go') go.mod
	go build -trimpath -o $@ ./cmd/...

test:
	go test -race -count=1 ./...

.PHONY: test
