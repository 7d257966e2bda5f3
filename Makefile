# heartspace: two commands.  `make run` serves the app; `make test` installs what tests need and runs them all.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test venv venv-test constraints lint bench clean

run: venv
	$(BIN)/heartspace serve --host $(HOST) --port $(PORT)

test: venv-test
	VENV=$(VENV) bash scripts/test.sh

# Idempotent: (re)installs only when pyproject.toml or constraints.txt changed since the last install
# (or the venv is new). Every install is held to the exact versions in constraints.txt.
# VENV can be overridden, e.g. `make venv VENV=/tmp/venvcheck`, to try the install elsewhere.
CONSTRAINTS := constraints.txt
PIP_INSTALL  = $(BIN)/python -m pip install --quiet --disable-pip-version-check -c $(CONSTRAINTS)

venv: $(VENV)/.runtime-installed
$(VENV)/.runtime-installed: pyproject.toml $(CONSTRAINTS)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) pip
	$(PIP_INSTALL) -e .
	@touch $@

venv-test: $(VENV)/.test-installed
$(VENV)/.test-installed: pyproject.toml $(CONSTRAINTS) $(VENV)/.runtime-installed
	$(PIP_INSTALL) -e '.[test,train]'
	@touch $@

# After changing a pin in pyproject.toml: install it, then write the full set of exact versions.
constraints: venv-test
	$(BIN)/python scripts/freeze-constraints.py

lint: venv-test
	$(BIN)/ruff check .

bench: venv-test
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) node_modules test-results build *.egg-info
