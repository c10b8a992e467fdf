# The two commands: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py

.PHONY: run test test-sqlite test-postgres lint format bench browser wrk clean

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
	$(MANAGE) configure_site
	$(MANAGE) ensure_local_admin
	$(MANAGE) runserver 127.0.0.1:8000

## wrk: Debian's wrk for the HTTP stage of the benchmark (installed with apt-get when missing)
wrk:
	@command -v wrk >/dev/null 2>&1 || { SUDO=$$([ "$$(id -u)" -ne 0 ] && echo sudo); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq wrk >/dev/null; }

## browser: Debian's Chromium for the browser tests (installed with apt-get when missing)
browser:
	@bash scripts/ensure-chromium.sh

## test: the engine-dependent tests on SQLite (local-memory cache), then the whole suite on
## PostgreSQL and Redis (scripts/with-postgres.sh, scripts/with-redis.sh); PYTEST_WORKERS processes
## (pytest-xdist, one per core by default) each with its own test database and cache prefix
PYTEST_WORKERS ?= auto
XDIST = -n $(PYTEST_WORKERS) --dist loadgroup
test: $(VENV)/.requirements-test browser
	$(MANAGE) compile_translations
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-postgres

# On SQLite (`make run`'s database), the tests of what differs by engine: the search's fallback
# to Wagtail's database backend, the tool bank's facet counts, background tasks, and the demo
# content that `make run` loads. Everything runs on PostgreSQL below.
SQLITE_TESTS ?= search outils/tests/test_listing.py hub/tests/test_tasks.py \
	home/tests/test_home.py::test_load_demo_content_is_idempotent
test-sqlite: $(VENV)/.requirements-test
	@echo "== Engine-dependent tests on SQLite"
	env -u DATABASE_URL -u REDIS_URL -u CACHE_URL DJANGO_SETTINGS_MODULE=carrefour.settings.test $(VENV)/bin/pytest -m "not browser" $(XDIST) $(PYTEST_ARGS) $(SQLITE_TESTS)

test-postgres: $(VENV)/.requirements-test
	@echo "== Test suite on PostgreSQL"
	bash scripts/with-postgres.sh bash scripts/with-redis.sh \
		env DJANGO_SETTINGS_MODULE=carrefour.settings.test $(VENV)/bin/pytest $(XDIST) $(PYTEST_ARGS)

lint: $(VENV)/.requirements-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.requirements-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## bench: 5,000 tools, query counts and median server times, uncached and from the page cache,
## on SQLite (local memory) then PostgreSQL (Redis), then over HTTP (gunicorn + wrk) on PostgreSQL;
## then the tool bank again at 50,000 tools
bench: export SEARCH_RATE_LIMIT = 1000000
bench: $(VENV)/.requirements-test wrk
	$(MANAGE) compile_translations
	@echo "== Benchmark on SQLite (.bench.sqlite3)"
	env -u REDIS_URL -u CACHE_URL DATABASE_URL=sqlite:///$(CURDIR)/.bench.sqlite3 $(MANAGE) benchmark
	@echo "== Benchmark on PostgreSQL (database carrefour_bench) and Redis"
	CARREFOUR_PG_DATABASE=carrefour_bench bash scripts/with-postgres.sh bash scripts/with-redis.sh \
		sh -c '$(MANAGE) benchmark && $(MANAGE) benchmark_http'
	@echo "== The tool bank at 50,000 tools (database carrefour_bench_50k), uncached"
	CARREFOUR_PG_DATABASE=carrefour_bench_50k bash scripts/with-postgres.sh bash scripts/with-redis.sh \
		sh -c '$(MANAGE) benchmark --tools 50000 --app outils && \
		$(MANAGE) benchmark_http --app outils --uncached-only'

clean:
	rm -rf .test-db*.sqlite3 .test-media .e2e .pytest_cache
