.PHONY: build test fmt doc watch clean

build:
	dune build @install

test:
	dune runtest --force

fmt:
	dune build @fmt --auto-promote

doc:
	dune build @doc
	@echo "docs in _build/default/_doc/_html/index.html"

watch:
	dune build -w @check

clean:
	dune clean
