# Quick start:  make site   (set up .venv and build the site into site/)
#               make test   (set up .venv with test tools and run the tests)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Pinned build dates make rebuilds byte-identical (MkDocs honours SOURCE_DATE_EPOCH).
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export SOURCE_DATE_EPOCH
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test lint bench bench-scale clean axe

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@

# axe-core (accessibility rules) for the browser tests, from npm into a local folder.
AXE_VERSION := 4.14.1
AXE := .node/node_modules/axe-core/axe.min.js
$(AXE):
	npm install --silent --no-save --no-audit --no-fund --prefix .node axe-core@$(AXE_VERSION)
axe: $(AXE)

site: $(VENV)/.installed
	$(BIN)/mkdocs build --strict

# --dirty: an edit rebuilds only the pages whose text it changes (the generator keeps the others untouched)
serve: $(VENV)/.installed
	$(BIN)/mkdocs serve --dirty

test: $(VENV)/.installed
	$(BIN)/pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/ruff format --check generator tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/extract_throughput.py
	$(BIN)/python benchmarks/extract_e2e.py
	$(BIN)/python benchmarks/build_share.py

# Whole-site builds against plain Material and Zensical; SIZES=100,1000,5000 for the full run (minutes).
SIZES ?= 100,1000
bench-scale: $(VENV)/.installed
	$(BIN)/python benchmarks/scale_build.py --sizes $(SIZES)

clean:
	rm -rf site .node .pytest_cache .mypy_cache .ruff_cache
