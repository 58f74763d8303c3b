# The two commands of the README: `make demo` and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
DEMO_DIR ?= demo-output

.PHONY: install demo test lint bench clean

install:
	./scripts/install.sh

demo: install
	$(VENV)/bin/xxgk demo --out $(DEMO_DIR)

test: install
	$(VENV)/bin/ruff check crawler pipelines tests benchmarks
	$(PY) -m pytest -q -p no:cacheprovider

lint: install
	$(VENV)/bin/ruff check crawler pipelines tests benchmarks

bench: install
	$(PY) benchmarks/crawl.py
	$(PY) benchmarks/extract.py
	$(PY) benchmarks/attachments.py
	$(PY) benchmarks/reparse.py
	$(PY) benchmarks/eval_facts.py

clean:
	rm -rf $(DEMO_DIR) test-artifacts
