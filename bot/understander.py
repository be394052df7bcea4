"""Choose the understander the config asks for."""

from __future__ import annotations

import logging

from bot.config import UnderstandingConfig, parse_clock
from nlp.baseline import KeywordBaseline
from nlp.pipeline import MODEL_DIR, SpacyUnderstander
from nlp.rules import RulesUnderstander
from nlp.types import NoticeUnderstander

__all__ = ["load_understander", "resolve_model"]

log = logging.getLogger(__name__)


def resolve_model(config: UnderstandingConfig) -> str:
    """What ``default`` means here: the trained pipeline when one was built, else the rules.

    The trained pipeline beats the rules on the test split and on the real
    policy texts (README, "Understanding"), but it is built by ``fingertip
    train`` (``make`` does it), so a bare install may not have it yet.
    """
    if config.model != "default":
        return config.model
    return "trained" if (MODEL_DIR / "meta.json").exists() else "rules"


def load_understander(config: UnderstandingConfig) -> NoticeUnderstander:
    """The understander of ``resolve_model(config)``, with the configured close of business."""
    model = resolve_model(config)
    if config.model == "default" and model == "rules":
        log.warning(
            "no trained model in %s (run `fingertip train`); understanding with the rules",
            MODEL_DIR,
        )
    if model == "baseline":
        return KeywordBaseline(close_of_business=parse_clock(config.close_of_business))
    if model == "trained":
        if not (MODEL_DIR / "meta.json").exists():
            raise FileNotFoundError(f"no trained model in {MODEL_DIR}: run `fingertip train`")
        return SpacyUnderstander.load(
            MODEL_DIR, close_of_business=config.close_of_business, batch_size=config.batch_size
        )
    return RulesUnderstander(close_of_business=parse_clock(config.close_of_business))
