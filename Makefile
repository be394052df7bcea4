# Two commands for a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-all lint train clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Offline end to end: fake Telegram, real bot, sample messages, digests printed.
demo: $(STAMP)
	$(BIN)/fingertip demo

## The whole fast suite (slow tests: make test-all).
test: $(STAMP)
	$(BIN)/pytest -q

test-all: $(STAMP)
	$(BIN)/pytest -q -m ''

lint: $(STAMP)
	$(BIN)/ruff check bot nlp storage tests bench data/tools
	$(BIN)/mypy --strict bot nlp storage
	$(BIN)/python data/tools/check_corpus.py

## Train the kind classifier into nlp/model (used with [understanding] model = "trained").
train: $(STAMP)
	$(BIN)/fingertip train

clean:
	rm -rf $(VENV) var demo-out .mypy_cache .ruff_cache
