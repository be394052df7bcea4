"""One error type for every refusal a supervisor can read in their language."""

from __future__ import annotations

from typing import Any

from bot.i18n import Html
from bot.reports._strings import say, say_plain

__all__ = ["ReportError"]


class ReportError(ValueError):
    """A request that cannot be answered: a bad period, an unknown group, a
    permission the asker lacks. ``key`` names the explanation in the report
    strings, so Telegram shows it in the reader's language and the CLI in
    its own; the English text doubles as the exception message for logs.
    """

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values
        super().__init__(self.describe("en"))

    def describe(self, lang: str) -> str:
        """The explanation as plain text (no HTML), for logs and the CLI."""
        return say_plain(lang, f"error_{self.key}", **self.values)

    def as_html(self, lang: str) -> Html:
        """The explanation for a Telegram reply, with the asker's input escaped."""
        return say(lang, f"error_{self.key}", **self.values)
