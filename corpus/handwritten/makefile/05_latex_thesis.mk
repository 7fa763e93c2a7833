MAIN    = thesis
LATEX   = latexmk
FLAGS   = -pdf -interaction=nonstopmode -halt-on-error -shell-escape
CHAPTERS = $(wildcard chapters/*.tex)
FIGURES  = $(patsubst figures/%.svg,build/fig/%.pdf,$(wildcard figures/*.svg))

all: $(MAIN).pdf

$(MAIN).pdf: $(MAIN).tex $(CHAPTERS) $(FIGURES) refs.bib
	$(LATEX) $(FLAGS) $<

build/fig/%.pdf: figures/%.svg
	@mkdir -p $(dir $@)
	inkscape --export-type=pdf --export-filename=$@ $<

watch:
	$(LATEX) $(FLAGS) -pvc $(MAIN).tex

wordcount:
	@texcount -inc -total -sum $(MAIN).tex | tail -n 12

clean:
	$(LATEX) -C
	rm -rf build

.PHONY: all watch wordcount clean
