"""Choose the understander the config asks for."""

from __future__ import annotations

from bot.config import UnderstandingConfig
from nlp.baseline import KeywordBaseline
from nlp.types import NoticeUnderstander

__all__ = ["load_understander"]


def load_understander(config: UnderstandingConfig) -> NoticeUnderstander:
    """The keyword baseline until the trained spaCy pipeline lands."""
    if config.model in ("baseline", "default"):
        return KeywordBaseline()
    raise ValueError(f"understanding.model: unknown model {config.model!r}")
