PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint sandbox clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/butler run

sandbox: $(STAMP)
	$(BIN)/butler sandbox

lint: $(STAMP)
	$(BIN)/ruff check bot handlers storage tests bench
	$(BIN)/ruff format --check bot handlers storage tests bench
	$(BIN)/mypy bot handlers storage tests bench

test: lint
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) build *.egg-info
