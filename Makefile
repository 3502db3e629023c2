# art28 — the commands a newcomer types: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ART28  := $(BIN)/art28
PG_URL ?= postgres://postgres@127.0.0.1:5432/art28
HOST   ?= 127.0.0.1
PORT   ?= 8000
# pytest exits 5 when it collected no tests: say so instead of failing the run.
PYTEST := $(BIN)/pytest -q $(PYTEST_ARGS); rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest: no tests collected"; exit 0; fi; exit $$rc

.PHONY: run install install-test messages migrate demo test test-pg pdf-deps browser-deps bench bench-pg lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

messages: install
	cd src/art28 && ../../$(ART28) compilemessages --ignore '.venv' >/dev/null

migrate: install messages
	$(ART28) migrate --noinput

demo: migrate
	$(ART28) demo

## make run: install, migrate, load the demo, start web server and worker on SQLite.
run: pdf-deps demo
	@echo "art28 runs at http://$(HOST):$(PORT)/  (Ctrl-C stops web and worker)"
	@trap 'kill 0' INT TERM EXIT; \
	ART28_DEBUG=$${ART28_DEBUG:-1} $(ART28) db_worker & \
	ART28_DEBUG=$${ART28_DEBUG:-1} $(ART28) sweep --loop 60 >/dev/null & \
	ART28_DEBUG=$${ART28_DEBUG:-1} $(BIN)/gunicorn art28.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile - & \
	wait

# System packages from Debian: Pango for WeasyPrint (PDF export), Chromium for browser tests.
APT_INSTALL := apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq
PDF_DEBS    := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0

pdf-deps:
	@dpkg -s $(PDF_DEBS) >/dev/null 2>&1 || { $(APT_INSTALL) $(PDF_DEBS) >/dev/null; }

browser-deps: pdf-deps
	@command -v chromium >/dev/null 2>&1 || { $(APT_INSTALL) chromium chromium-driver >/dev/null; }

## make test: install what the tests need and run them all (SQLite).
test: install-test messages browser-deps
	$(PYTEST)

## the same suite on PostgreSQL (127.0.0.1:5432, user postgres, trust auth)
test-pg: install-test messages browser-deps
	ART28_DATABASE_URL=$(PG_URL) $(PYTEST)

## make bench: 2,000 controllers x 11 activities in a temporary SQLite database, BENCH lines.
## With ART28_DATABASE_URL set to PostgreSQL it uses (and drops) the database art28_bench there.
bench: install-test messages
	$(BIN)/python -m benchmarks

bench-pg: install-test messages
	ART28_DATABASE_URL=$(PG_URL) $(BIN)/python -m benchmarks

lint: install-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

clean:
	rm -rf $(VENV) var build *.egg-info src/*.egg-info
