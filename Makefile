# One toolchain locally and in CI: .ci/run calls these same targets.
PY ?= .venv/bin/python
SHARED ?= ../shared

.PHONY: install test lint score bench

install:
	python3 -m venv .venv
	.venv/bin/pip install -q --upgrade pip
	.venv/bin/pip install -q -e ".[dev]"

test:
	$(PY) -m pytest -q

lint:
	$(PY) -m ruff check src tests benchmarks
	$(PY) -m mypy

# Extraction score on the shared corpus (needs ../shared).
score:
	rm -rf /tmp/scrutiny-score && mkdir -p /tmp/scrutiny-score
	for f in $(SHARED)/corpus/kent/*.txt; do \
	  .venv/bin/scrutiny extract "$$f" --format json > /tmp/scrutiny-score/$$(basename "$${f%.txt}").json; \
	done
	python3 $(SHARED)/tools/score.py --dir $(SHARED)/corpus/kent /tmp/scrutiny-score
