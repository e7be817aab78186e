# The two commands of the README: `make run` and `make test`. Everything else is here for them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test check translations bench clean

run: $(STAMP)
	$(BIN)/runofshow

test: $(STAMP)
	scripts/setup-system test
	scripts/run-checks

$(STAMP): pyproject.toml scripts/setup-system
	scripts/setup-system run
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
