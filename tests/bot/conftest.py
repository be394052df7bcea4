"""The bot's default understander is the trained pipeline: make sure it exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.pipeline import MODEL_DIR, train

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


@pytest.fixture(scope="session", autouse=True)
def trained_model() -> Path:
    """``make test`` builds nlp/model first; a bare ``pytest`` builds it here, once."""
    if not (MODEL_DIR / "meta.json").exists():
        train(
            train_path=CORPUS / "train.jsonl", dev_path=CORPUS / "dev.jsonl", output_dir=MODEL_DIR
        )
    return MODEL_DIR
