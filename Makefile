# The commands a newcomer needs. Each target sets up .venv first, so `make test` works on a fresh clone.
PYTHON ?= python3
SHARED ?= ../shared
VENV := .venv
BIN := $(VENV)/bin
# quantulum3 is the comparison in `make bench`, never a dependency of the project
QUANTULUM3 := quantulum3==0.10.0

.PHONY: venv run test lint format bench refresh-corpus clean

venv: $(VENV)/.installed

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-installs whenever a requirements file is newer than the last install.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Builds the store from the bundled articles if there is none, then serves the dashboard.
run: venv
	test -f data/figures.db || $(BIN)/python -m extractors ingest seeds
	$(BIN)/python -m streamlit run dashboard/app.py --server.headless true --server.address 127.0.0.1 \
		--browser.gatherUsageStats false

test: venv
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: venv
	$(BIN)/python -m pip install --disable-pip-version-check --quiet $(QUANTULUM3)
	$(BIN)/python -m benchmarks.extract_speed

# Copies seeds, guideline, gold files and scorer from $(SHARED); the list is in tests/corpus_copies.py.
refresh-corpus:
	$(PYTHON) tests/corpus_copies.py refresh --shared $(SHARED)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
