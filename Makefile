# movebreak: `make run` sets up and starts the app; `make test` sets up and runs every test.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

USER_VENV := build/user-venv
# As root, the Wayland e2e sessions run as an unprivileged user (sway refuses root), who
# needs a Python it can read: one from Debian's /usr/bin/python3, outside /root.
E2E_USER_VENV := $(if $(filter 0,$(shell id -u)),$(USER_VENV)/.installed)

.PHONY: run test test-fast bench lint package screenshots translations clean user-venv

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev,package]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m movebreak

test: $(STAMP) $(E2E_USER_VENV)
	$(PY) -m pytest

user-venv: $(USER_VENV)/.installed

$(USER_VENV)/.installed: pyproject.toml
	@/usr/bin/python3 -m venv $(USER_VENV) && $(USER_VENV)/bin/pip install --quiet -e . && touch $@ \
	  || echo "make: $(USER_VENV) not built; the Wayland e2e tests will skip and say why"

test-fast: $(STAMP)
	$(PY) -m pytest -m "not e2e and not packaging and not slow"

bench: $(STAMP)
	$(PY) bench/run.py

lint: $(STAMP)
	$(PY) -m ruff check movebreak tests bench tools
	$(PY) -m ruff format --check movebreak tests bench tools
	$(PY) -m mypy movebreak/domain movebreak/storage

package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	$(VENV)/bin/pyinstaller packaging/pyinstaller/movebreak.spec --noconfirm --distpath dist --workpath build/pyinstaller

# Refresh the .ts sources from the code and the catalogue, then build the .qm files the app
# loads. Both .ts and .qm are committed: a wheel, a frozen app and a fresh clone need no Qt tools.
TS := $(wildcard assets/translations/movebreak_*.ts)
translations: $(STAMP)
	$(PY) tools/i18n_extract.py build/i18n/strings.cpp
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete build/i18n/strings.cpp -ts $(TS)
	$(VENV)/bin/pyside6-lrelease -silent $(TS)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/render_exercises.py --screenshots --out build/exercises

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
