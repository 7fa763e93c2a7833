PAGES_MD  := $(wildcard content/*.md)
PAGES_HTML := $(patsubst content/%.md,public/%.html,$(PAGES_MD))
TEMPLATE  := templates/page.html

public/%.html: content/%.md $(TEMPLATE)
	@mkdir -p public
	pandoc --standalone --template=$(TEMPLATE) --toc -o $@ $<

site: $(PAGES_HTML)

deploy: site
	rsync -avz --delete public/ www@web01.example.org:/srv/www/notes/

.PHONY: site deploy
