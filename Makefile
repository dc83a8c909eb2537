# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck contracts pytest translations server bench clean package package-test icons

# Reinstall whenever pyproject.toml changes, so a pulled dependency bump is picked up.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[server,dev]'
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/python -m kopdes_desktop.ui.i18n_build

run: $(STAMP) translations
	$(BIN)/kopdes-desktop

lint: $(STAMP)
	$(BIN)/ruff check kopdes_desktop tests bench packaging
	$(BIN)/ruff format --check kopdes_desktop tests bench packaging

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

# Serial by default (PYTEST_WORKERS=0): CI has one shot. `make pytest PYTEST_WORKERS=2` runs two
# workers (~15 min instead of ~21; docs/testing.md lists the races two workers exposed).
PYTEST_WORKERS ?= 0
pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

test: lint typecheck contracts pytest

# Desktop bundle (Linux): dist/kopdes-desktop-<version>-linux-<arch>.tar.gz. Windows: docs/packaging.md.
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[server,dev,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) translations
	$(BIN)/python packaging/build.py

# Builds the bundle, unpacks the tarball and runs its --self-test offscreen; prints the sizes.
package-test: $(PACKAGE_STAMP) translations
	KOPDES_PACKAGE_TEST=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -s -p no:cacheprovider tests/packaging

icons: $(STAMP)
	$(BIN)/python packaging/make_icons.py

server: $(STAMP)
	$(BIN)/kopdes-server migrate && $(BIN)/kopdes-server serve

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
	find resources/translations -name '*.qm' -delete
