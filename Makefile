# One toolchain locally and in CI: .ci/run calls these same targets.
# `make demo` and `make test` work from a fresh clone: both install first (once; again
# only when pyproject.toml changes).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install test lint check demo bench score clean-demo

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $(STAMP)

# pytest exits 5 when it collected no tests: say so rather than fail silently.
test: install
	@$(PY) -m pytest -q $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests" >&2; fi; exit $$rc

lint: install
	$(PY) -m ruff check src tests benchmarks
	$(PY) -m mypy

check: lint test

demo: install
	$(VENV)/bin/scrutiny demo

# Benchmarks write benchmarks/results/*.json (the ingest one needs ../shared).
bench: install
	$(PY) benchmarks/ingest.py
	$(PY) benchmarks/search.py
	$(PY) benchmarks/web.py

# Extraction score on the shared corpus (needs ../shared).
score: install
	rm -rf /tmp/scrutiny-score && mkdir -p /tmp/scrutiny-score
	for f in $(SHARED)/corpus/kent/*.txt; do \
	  $(VENV)/bin/scrutiny extract "$$f" --format json > /tmp/scrutiny-score/$$(basename "$${f%.txt}").json; \
	done
	python3 $(SHARED)/tools/score.py --dir $(SHARED)/corpus/kent /tmp/scrutiny-score

clean-demo:
	rm -f scrutiny-demo.db scrutiny-demo.db-wal scrutiny-demo.db-shm
