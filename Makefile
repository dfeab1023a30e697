# Provind: `make run` serves the app on http://127.0.0.1:8000 (SQLite), `make test` runs the suite.
VENV    ?= .venv
BIN     := $(VENV)/bin
# Python 3.12+ (see .python-version); pyenv resolves python3.12 inside this folder.
PYTHON  ?= $(shell command -v python3.12 >/dev/null 2>&1 && echo python3.12 || (command -v python3.13 >/dev/null 2>&1 && echo python3.13) || echo python3)
PYTEST_ARGS ?=

.PHONY: worker setup system-deps system-deps-run run test lint fmt typecheck migrations-check check bench bench-underthesea messages clean mutation fuzz

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 12), "Provind needs Python 3.12+: " + sys.version'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# A private key for local use, made once under var/ (production sets PROVIND_SECRET_KEY).
var/secret_key:
	mkdir -p var
	umask 077 && $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $@

# Debian packages beyond Python: installed when possible (root + apt-get), otherwise the exact
# command to run is printed. A no-op in well under a second when everything is there.
system-deps:
	@scripts/system-deps.sh test

system-deps-run:
	@scripts/system-deps.sh run

run: setup system-deps-run var/secret_key
	PROVIND_SECRET_KEY_FILE=var/secret_key $(BIN)/provind serve

test: setup system-deps
	$(BIN)/pytest $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

fmt: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: setup
	$(BIN)/mypy provind

migrations-check: setup
	$(BIN)/python manage.py makemigrations --check --dry-run

check: lint typecheck migrations-check test

bench: setup
	@for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f; done

# The ratio to underthesea's word_tokenize: underthesea lives in its own environment, never in the app's.
bench-underthesea: setup
	test -x .venv-bench/bin/python || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install --quiet underthesea
	.venv-bench/bin/python bench/bench_extraction.py

messages: setup
	$(BIN)/python manage.py makemessages -l vi -l en --ignore '.venv/*' --ignore 'var/*'
	$(BIN)/python manage.py compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache

# Schemathesis over /api/v1/openapi.json, anonymous and as a viewer, on a scratch database:
# SQLite by default; DATABASE_URL=postgres://…/scratch make fuzz for PostgreSQL (it is loaded).
fuzz: setup
	$(BIN)/python scripts/fuzz.py

# Mutation testing (mutmut, [tool.mutmut] in pyproject.toml): modules and tests listed there. Slow;
# not part of `make test`. The score is killed ÷ (killed + survived) in `mutmut results`.
# Each mutant runs pytest once: on PostgreSQL keep the test database between runs, e.g.
#   DATABASE_URL=postgres://…/provind_x PYTEST_ADDOPTS=--reuse-db nice -n 19 make mutation MUTMUT_ARGS="--max-children 1"
# (one child: the race tests flush the shared test database). `mutmut run "provind.clusters.rules*"` runs
# one module's mutants; `mutmut results` lists the survivors, `mutmut show NAME` shows one.
MUTMUT_ARGS ?=
mutation: setup
	rm -rf mutants
	$(BIN)/mutmut run $(MUTMUT_ARGS)
	$(BIN)/mutmut results

# The report worker alone (`make run` already starts one with the server).
worker: setup
	$(BIN)/provind manage db_worker

# Issue 15: Provind vs Datasette on the national synthetic set; Datasette and httpx live in .venv-bench.
.PHONY: bench-national bench-load
bench-national: setup
	test -x .venv-bench/bin/python || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install --quiet datasette httpx
	$(BIN)/python bench/national.py $(BENCH_ARGS)

bench-load: setup
	test -x .venv-bench/bin/python || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install --quiet datasette httpx
	.venv-bench/bin/python bench/load.py $(BENCH_ARGS)
