# Two commands for a newcomer:  make run  (install and start the app)  and  make test.
PYTHON ?= python3
REPLICAS ?= 2
ADDRESS ?= 0.0.0.0
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run serve test validate lint format bench clean

$(PY):
	scripts/make-venv $(PYTHON)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt $(VENV)/.runtime-installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

## Install the app's dependencies and start it on http://localhost:8501 (or PORT=...)
run: $(VENV)/.runtime-installed
	$(PY) -m streamlit run app.py --server.port $(or $(PORT),8501)

## Serve a whole school: REPLICAS copies of the app (default 2) behind nginx on http://localhost:8080 (or PORT=...)
serve: $(VENV)/.runtime-installed
	scripts/ensure-system-packages --required nginx
	$(PY) -m deploy.serve --replicas $(REPLICAS) --port $(or $(PORT),8080) --address $(ADDRESS)

## Install test dependencies and run every check and test
test: $(VENV)/.dev-installed
	scripts/ensure-system-packages chromium libzbar0 nginx
	$(PY) -m vitd validate
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest -n auto

## Check the content files in data/ (or DIR=other/folder)
validate: $(VENV)/.runtime-installed
	$(PY) -m vitd validate $(DIR)

lint: $(VENV)/.dev-installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(VENV)/.dev-installed
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
