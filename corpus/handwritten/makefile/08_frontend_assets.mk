NODE_BIN := node_modules/.bin
SRC_JS   := $(shell find src/js -name '*.js')
SRC_CSS  := $(shell find src/css -name '*.css')

dist/app.js: $(SRC_JS) node_modules
	$(NODE_BIN)/esbuild src/js/main.js --bundle --minify --sourcemap --outfile=$@

dist/app.css: $(SRC_CSS) node_modules
	$(NODE_BIN)/postcss src/css/main.css -o $@

node_modules: package.json package-lock.json
	npm ci
	@touch $@

build: dist/app.js dist/app.css

serve: build
	python3 -m http.server -d dist 8000

.PHONY: build serve
