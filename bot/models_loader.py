"""Choose the understander the config asks for."""

from __future__ import annotations

from bot.config import UnderstandingConfig, parse_clock
from nlp.baseline import KeywordBaseline
from nlp.pipeline import MODEL_DIR, SpacyUnderstander
from nlp.rules import RulesUnderstander
from nlp.types import NoticeUnderstander

__all__ = ["load_understander"]


def load_understander(config: UnderstandingConfig) -> NoticeUnderstander:
    """``default`` is the rules: measured on the test split and on real policy
    texts, the trained classifier does not beat them yet (see README)."""
    if config.model == "baseline":
        return KeywordBaseline()
    if config.model == "trained":
        if not (MODEL_DIR / "meta.json").exists():
            raise FileNotFoundError(f"no trained model in {MODEL_DIR}: run `fingertip train`")
        return SpacyUnderstander.load(MODEL_DIR)
    return RulesUnderstander(close_of_business=parse_clock(config.close_of_business))
