HUGO := hugo --gc --minify
BUCKET := s3://www.example.net

serve:
	hugo server -D --disableFastRender
deploy:
	$(HUGO) && aws s3 sync public/ $(BUCKET) --delete --cache-control max-age=3600
.PHONY: serve deploy
