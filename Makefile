# Vietnamese news pipeline. `make help` lists the targets.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
OUT    ?= out
INPUT  ?= corpus/sample

.DEFAULT_GOAL := help
.PHONY: help install dev run test eval eval-dev train bench lint clean report notebooks

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[dev,dask,notebooks]'
	touch $@

install: $(VENV)/.installed ## create .venv and install the pipeline

dev: $(VENV)/.dev ## install the test, lint and dask extras too

run: install ## process corpus/sample (or INPUT=...) into out/ (or OUT=...)
	$(PY) -m pipeline run $(INPUT) --out $(OUT) --tokens --overwrite

test: dev ## run the test suite (installs what it needs)
	$(PY) -m pytest -q

eval: install ## P/R/F1 per label on corpus/gold/test and the quoted test set, with underthesea's baseline
	$(PY) -m pipeline eval corpus/gold/test corpus/gold/quoted/test --baseline

$(VENV)/.notebooks: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[notebooks]'
	touch $@

report: install ## HTML report of out/ (or OUT=...) in OUT/report.html: one file, opens offline
	$(PY) -m pipeline report --out $(OUT)

notebooks: $(VENV)/.notebooks ## run notebooks/NN-*.ipynb headless on out/ (after `make run`); PNGs in notebooks/figures/
	VNPIPE_OUT=$(abspath $(OUT)) MPLBACKEND=Agg $(VENV)/bin/jupyter-execute notebooks/[0-9][0-9]-*.ipynb

bench: install ## documents/s, syllables/s, peak RSS per worker vs underthesea's ner (1 and 2 workers)
	$(PY) bench/bench.py

eval-dev: install ## the same table on the tuning sets (gold/dev*, quoted/dev*)
	$(PY) -m pipeline eval $(sort $(wildcard corpus/gold/dev*)) $(sort $(wildcard corpus/gold/quoted/dev*)) --baseline

train: install ## retrain the refining CRF on corpus/gold/dev* into models/refine_crf.* (about 12 min)
	$(PY) -m pipeline train

lint: dev ## ruff over the code
	$(PY) -m ruff check pipeline tests bench

clean: ## remove out/ and caches (keeps .venv)
	rm -rf $(OUT) .pytest_cache .ruff_cache
