PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: venv install test lint fmt dist clean

$(VENV)/pyvenv.cfg:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -U pip wheel

venv: $(VENV)/pyvenv.cfg

install: venv
	$(BIN)/pip install -e '.[dev]'

test: install
	$(BIN)/pytest -q

lint:
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

fmt:
	$(BIN)/ruff format src tests

dist: clean
	$(BIN)/python -m build

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
