# Two commands on a fresh machine:  make demo  (the main job, SQLite)  and  make test.
# Each creates .venv and installs the project with everything it needs, spaCy model included.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
BASE := $(VENV)/.installed-base
DEV := $(VENV)/.installed-dev

.PHONY: demo test lint format bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# the demo needs only the library; the tests also need the web, scale and lint extras
$(BASE): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(BASE)

demo: $(BASE)  ## ingest the shipped sample articles into ./storyline-demo.db and summarise them
	$(BIN)/storyline demo

test: $(DEV)  ## lint, the README's CLI reference, then every test (CI runs this)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/python scripts/cli_reference.py --check
	$(BIN)/pytest

lint: $(DEV)
	$(BIN)/ruff check src tests scripts

format: $(DEV)
	$(BIN)/ruff check --fix src tests scripts
	$(BIN)/ruff format src tests scripts

bench: $(BASE)
	$(BIN)/storyline bench

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
