PROTO_DIR := proto
PROTOS    := $(wildcard $(PROTO_DIR)/*/v1/*.proto)
GO_OUT    := gen/go
TS_OUT    := web/src/gen

.PHONY: proto proto-go proto-ts proto-lint

proto: proto-lint proto-go proto-ts

proto-lint:
	buf lint
	buf breaking --against '.git#branch=main'

proto-go: $(PROTOS)
	@mkdir -p $(GO_OUT)
	protoc -I $(PROTO_DIR) \
		--go_out=$(GO_OUT) --go_opt=paths=source_relative \
		--go-grpc_out=$(GO_OUT) --go-grpc_opt=paths=source_relative \
		$(PROTOS)

proto-ts: $(PROTOS)
	@mkdir -p $(TS_OUT)
	protoc -I $(PROTO_DIR) \
		--plugin=./web/node_modules/.bin/protoc-gen-es \
		--es_out=$(TS_OUT) --es_opt=target=ts \
		$(PROTOS)
