TITLE     := field-notes
CHAPTERS  := $(sort $(wildcard chapters/[0-9][0-9]-*.md))
IMAGES    := $(wildcard images/*.png images/*.jpg)
META      := metadata.yaml
CSS       := styles/epub.css
OUT       := out

PANDOC    := pandoc
PDF_ENGINE ?= xelatex
PANDOC_COMMON := --from markdown+smart+footnotes --toc --toc-depth=2 \
                 --resource-path=.:images --metadata-file=$(META)

all: epub pdf html

epub: $(OUT)/$(TITLE).epub
pdf:  $(OUT)/$(TITLE).pdf
html: $(OUT)/$(TITLE).html

$(OUT):
	mkdir -p $@

$(OUT)/$(TITLE).epub: $(CHAPTERS) $(META) $(CSS) $(IMAGES) cover.jpg | $(OUT)
	$(PANDOC) $(PANDOC_COMMON) --css=$(CSS) --epub-cover-image=cover.jpg -o $@ $(CHAPTERS)

$(OUT)/$(TITLE).pdf: $(CHAPTERS) $(META) $(IMAGES) | $(OUT)
	$(PANDOC) $(PANDOC_COMMON) --pdf-engine=$(PDF_ENGINE) \
		-V geometry:margin=2.5cm -V mainfont="Libertinus Serif" -o $@ $(CHAPTERS)

$(OUT)/$(TITLE).html: $(CHAPTERS) $(META) | $(OUT)
	$(PANDOC) $(PANDOC_COMMON) --standalone --embed-resources -o $@ $(CHAPTERS)

wordcount:
	@cat $(CHAPTERS) | sed 's/<[^>]*>//g' | wc -w

check-links:
	@grep -ho '](http[^)]*)' $(CHAPTERS) | tr -d '()]' | sort -u | \
		xargs -n1 -P8 curl -o /dev/null -s -w '%{http_code} %{url_effective}\n' | grep -v '^200'

clean:
	rm -rf $(OUT)

.PHONY: all epub pdf html wordcount check-links clean
