"""The trained pipeline as a ``NoticeUnderstander``: batched, predict then annotate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language

# importing the components registers the fingertip_* factories
from nlp.components import DUE, NORMALIZED, SENT_AT, URGENT, keep_text
from nlp.normalize import normalize_text
from nlp.pipeline._build import MAX_CHARS, MODEL_DIR, quiet_jieba
from nlp.pipeline._verdict import KIND
from nlp.types import Kind, NoticeInput, Understanding

__all__ = ["SpacyUnderstander"]


class SpacyUnderstander:
    """Kind from the trained classifier and the chatter verdict; due and urgency from the
    rule components."""

    def __init__(self, nlp: Language, batch_size: int = 64) -> None:
        self._nlp = nlp
        self._batch_size = batch_size

    @classmethod
    def load(
        cls,
        model_dir: Path | None = None,
        *,
        close_of_business: str | None = None,
        batch_size: int = 64,
    ) -> SpacyUnderstander:
        """The pipeline in ``model_dir``; ``close_of_business`` ("17:30") overrides its own."""
        quiet_jieba()
        overrides = {}
        if close_of_business is not None:
            overrides = {"components.fingertip_due.close_of_business": close_of_business}
        return cls(spacy.load(model_dir or MODEL_DIR, config=overrides), batch_size=batch_size)

    def understand(self, items: Sequence[NoticeInput]) -> list[Understanding]:
        docs = []
        for item in items:
            text = item.text[:MAX_CHARS] if item.text.strip() else " "
            doc = keep_text(self._nlp.make_doc(text), text)
            doc.user_data[SENT_AT] = item.sent_at  # doc._.sent_at, without the accessor
            docs.append(doc)
        results = []
        for item, doc in zip(items, self._nlp.pipe(docs, batch_size=self._batch_size), strict=True):
            if not item.text.strip():
                results.append(Understanding(Kind.CHATTER, False, None, normalize_text(item.text)))
                continue
            seen = doc.user_data
            # the normaliser already read the whole text unless it was cut
            whole = len(item.text) <= MAX_CHARS
            normalized = seen[NORMALIZED] if whole else normalize_text(item.text)
            # a model trained before the verdict component existed: the classifier alone
            kind = seen.get(KIND) or Kind(max(doc.cats, key=doc.cats.__getitem__))
            if kind is Kind.CHATTER:
                results.append(Understanding(kind, False, None, normalized))
            else:
                results.append(Understanding(kind, bool(seen[URGENT]), seen[DUE], normalized))
        return results
