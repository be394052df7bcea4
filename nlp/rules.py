"""Rules without a trained model: keyword kinds, plus the due and urgency rules.

The due resolver and the urgency rules (``nlp.due``, ``nlp.urgency``) are the
same code the spaCy pipeline runs as components; this understander pairs them
with the keyword baseline's kinds, so a deployment without a trained model
still gets deadlines and urgent pushes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from nlp.baseline import baseline_kind
from nlp.due import explain_due, prepared_of
from nlp.types import Kind, NoticeInput, Understanding
from nlp.urgency import is_urgent

__all__ = ["RulesUnderstander"]


class RulesUnderstander:
    """Implements ``NoticeUnderstander``; chatter never gets a due or urgency."""

    def __init__(self, *, close_of_business: time) -> None:
        self._close = close_of_business

    def understand(self, items: Sequence[NoticeInput]) -> list[Understanding]:
        results = []
        for item in items:
            kind = baseline_kind(item.text)
            explanation = explain_due(item.text, item.sent_at, close_of_business=self._close)
            prepared = prepared_of(explanation)
            if kind is Kind.CHATTER:
                results.append(Understanding(kind, False, None, prepared))
                continue
            due = explanation.due
            urgent = is_urgent(item.text, item.sent_at, due, prepared=prepared.text)
            results.append(Understanding(kind, urgent, due, prepared))
        return results
