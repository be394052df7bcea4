# Two commands for a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The trained kind classifier: built here, from the project's own corpus, never committed.
MODEL := nlp/model/meta.json
MODEL_INPUTS := data/corpus/train.jsonl data/corpus/dev.jsonl nlp/pipeline/config.cfg \
	$(wildcard nlp/*.py nlp/pipeline/*.py nlp/due/*.py)

.PHONY: demo test test-all lint train clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(MODEL): $(STAMP) $(MODEL_INPUTS)
	@echo "Training the kind classifiers into nlp/model (about a minute, once)"
	$(BIN)/fingertip train

## Offline end to end: fake Telegram, real bot, sample messages, digests printed.
demo: $(MODEL)
	$(BIN)/fingertip demo

## The whole fast suite (slow tests: make test-all), on two workers (pytest-xdist):
## every test has its own database, server and ports, so they run side by side.
## Work stealing, because a few tests take 20 s and would otherwise end the run
## on one worker while the other idles (152-165 s against 138 s here).
test: $(MODEL)
	$(BIN)/pytest -q -n 2 --dist worksteal

test-all: $(MODEL)
	$(BIN)/pytest -q -m ''

lint: $(STAMP)
	$(BIN)/ruff check bot nlp storage sim tests bench data/tools
	$(BIN)/mypy --strict bot nlp storage sim
	$(BIN)/python data/tools/check_corpus.py

## Retrain the kind classifiers into nlp/model (what the bot's default understander loads).
train: $(STAMP)
	$(BIN)/fingertip train

clean:
	rm -rf $(VENV) var demo-out .mypy_cache .ruff_cache nlp/model
