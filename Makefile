# The two commands: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py

.PHONY: run test test-sqlite test-postgres lint format bench browser clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.requirements: $(PY) requirements.txt
	$(PIP) install --quiet -r requirements.txt
	@touch $@

$(VENV)/.requirements-test: $(VENV)/.requirements requirements-test.txt
	$(PIP) install --quiet -r requirements-test.txt
	@touch $@

## run: set up and serve the site at http://127.0.0.1:8000/ (SQLite unless DATABASE_URL is set)
run: $(VENV)/.requirements
	$(MANAGE) compile_translations
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_local_admin
	$(MANAGE) runserver 127.0.0.1:8000

## browser: Debian's Chromium for the browser tests (installed with apt-get when missing)
browser:
	@bash scripts/ensure-chromium.sh

## test: the suite on SQLite (without the browser tests), then all of it on PostgreSQL
test: $(VENV)/.requirements-test browser
	$(MANAGE) compile_translations
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-postgres

test-sqlite: $(VENV)/.requirements-test
	@echo "== Test suite on SQLite"
	env -u DATABASE_URL DJANGO_SETTINGS_MODULE=carrefour.settings.test $(VENV)/bin/pytest -m "not browser" $(PYTEST_ARGS)

test-postgres: $(VENV)/.requirements-test
	@echo "== Test suite on PostgreSQL"
	bash scripts/with-postgres.sh env DJANGO_SETTINGS_MODULE=carrefour.settings.test $(VENV)/bin/pytest $(PYTEST_ARGS)

lint: $(VENV)/.requirements-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.requirements-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## bench: 5,000 tools, query counts and median server times, on SQLite then PostgreSQL
bench: $(VENV)/.requirements-test
	@echo "== Benchmark on SQLite (.bench.sqlite3)"
	DATABASE_URL=sqlite:///$(CURDIR)/.bench.sqlite3 $(MANAGE) benchmark
	@echo "== Benchmark on PostgreSQL (database carrefour_bench)"
	CARREFOUR_PG_DATABASE=carrefour_bench bash scripts/with-postgres.sh $(MANAGE) benchmark

clean:
	rm -rf .test-db*.sqlite3 .test-media .e2e .pytest_cache
