"""Which understander "default" means, with and without a trained model."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.understander as loader
from bot.config import UnderstandingConfig
from nlp.rules import RulesUnderstander


def test_default_is_the_trained_model_once_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "MODEL_DIR", tmp_path)
    assert loader.resolve_model(UnderstandingConfig()) == "rules"
    (tmp_path / "meta.json").write_text("{}")
    assert loader.resolve_model(UnderstandingConfig()) == "trained"
    assert loader.resolve_model(UnderstandingConfig(model="rules")) == "rules"


def test_without_a_model_default_warns_and_trained_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(loader, "MODEL_DIR", tmp_path)
    assert isinstance(loader.load_understander(UnderstandingConfig()), RulesUnderstander)
    assert "fingertip train" in caplog.text
    with pytest.raises(FileNotFoundError, match="fingertip train"):
        loader.load_understander(UnderstandingConfig(model="trained"))
