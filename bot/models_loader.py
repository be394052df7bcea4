"""Choose the understander the config asks for."""

from __future__ import annotations

from bot.config import UnderstandingConfig, parse_clock
from nlp.baseline import KeywordBaseline
from nlp.rules import RulesUnderstander
from nlp.types import NoticeUnderstander

__all__ = ["UNDERSTANDERS", "load_understander"]

UNDERSTANDERS = ("default", "rules", "baseline")


def load_understander(config: UnderstandingConfig) -> NoticeUnderstander:
    """``default`` is the best available: the rules until a trained model ships."""
    if config.model == "baseline":
        return KeywordBaseline()
    if config.model in ("default", "rules"):
        return RulesUnderstander(close_of_business=parse_clock(config.close_of_business))
    raise ValueError(f"understanding.model: unknown model {config.model!r}")
