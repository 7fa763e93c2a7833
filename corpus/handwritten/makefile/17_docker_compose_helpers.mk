COMPOSE := docker compose -f compose.yml -f compose.dev.yml
SERVICE ?= api

up:
	$(COMPOSE) up -d --build
down:
	$(COMPOSE) down
logs:
	$(COMPOSE) logs -f --tail=200 $(SERVICE)
sh:
	$(COMPOSE) exec $(SERVICE) sh
psql:
	$(COMPOSE) exec db psql -U app app
reset-db:
	$(COMPOSE) rm -sfv db
	docker volume rm -f $(notdir $(CURDIR))_pgdata
	$(COMPOSE) up -d db

.PHONY: up down logs sh psql reset-db
