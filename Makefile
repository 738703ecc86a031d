PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The suite runs in this many processes: its tests mostly wait on loopback, not on the CPU.
JOBS ?= 4

.PHONY: run test test-pg lint sandbox clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/butler run --or-sandbox

sandbox: $(STAMP)
	$(BIN)/butler sandbox

lint: $(STAMP)
	$(BIN)/ruff check bot handlers storage tests bench
	$(BIN)/ruff format --check bot handlers storage tests bench
	$(BIN)/mypy bot handlers storage tests bench

test: lint
	$(BIN)/pytest -q -n $(JOBS)

# The same suite with the tests' databases on PostgreSQL (each run makes and drops its own);
# the admin connection is BUTLER_TEST_PG_URL, by default the local server's database `test`.
test-pg: $(STAMP)
	BUTLER_TEST_ENGINE=postgresql $(BIN)/pytest -q -n $(JOBS)

clean:
	rm -rf $(VENV) build *.egg-info
