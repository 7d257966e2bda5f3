# heartspace: two commands.  `make run` serves the app; `make test` installs what tests need and runs them all.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test venv venv-test lint bench clean

run: venv
	$(BIN)/heartspace serve --host $(HOST) --port $(PORT)

test: venv-test
	bash scripts/test.sh

# Idempotent: reinstalls only when pyproject.toml changed since the last install.
venv: $(VENV)/.runtime-installed
$(VENV)/.runtime-installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

venv-test: $(VENV)/.test-installed
$(VENV)/.test-installed: pyproject.toml $(VENV)/.runtime-installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

lint: venv-test
	$(BIN)/ruff check .

bench: venv-test
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) node_modules test-results build *.egg-info
