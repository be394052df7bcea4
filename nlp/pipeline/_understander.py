"""The trained pipeline as a ``NoticeUnderstander``: batched, predict then annotate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language

# importing the components registers the fingertip_* factories
from nlp.components import DUE, PREPARED, SENT_AT, URGENT, DueComponent, keep_text
from nlp.due import prepare_message
from nlp.pipeline._build import MAX_CHARS, MODEL_DIR, quiet_jieba
from nlp.pipeline._features import PLACE
from nlp.pipeline._kind import KIND_SCORES
from nlp.pipeline._tokenizer import CUT
from nlp.pipeline._verdict import KIND
from nlp.types import Kind, NoticeInput, Prepared, Understanding

__all__ = ["SpacyUnderstander"]


class SpacyUnderstander:
    """Kind from the trained classifiers and the chatter verdict; due and urgency from the
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

    def _prepare(self, item: NoticeInput) -> Prepared:
        """The prepared text of a message the pipeline did not read whole (or at all)."""
        due = next(pipe for _, pipe in self._nlp.pipeline if isinstance(pipe, DueComponent))
        close = due.close_of_business
        return prepare_message(item.text, item.sent_at, close_of_business=close)

    def understand(self, items: Sequence[NoticeInput]) -> list[Understanding]:
        docs = []
        for item in items:
            text = item.text[:MAX_CHARS] if item.text.strip() else " "
            doc = keep_text(self._nlp.make_doc(text), text)
            doc.user_data[SENT_AT] = item.sent_at  # doc._.sent_at, without the accessor
            if item.place:
                doc.user_data[PLACE] = item.place
            docs.append(doc)
        results = []
        for item, doc in zip(items, self._nlp.pipe(docs, batch_size=self._batch_size), strict=True):
            if not item.text.strip():
                results.append(Understanding(Kind.CHATTER, False, None, self._prepare(item)))
                continue
            seen = doc.user_data
            # the due rules already read the whole text unless it was cut
            whole = len(item.text) <= MAX_CHARS
            prepared = seen[PREPARED] if whole else self._prepare(item)
            # a model trained before the verdict component existed: the classifier alone
            kind = seen.get(KIND) or Kind(max(doc.cats, key=doc.cats.__getitem__))
            words: tuple[str, ...] = seen.get(CUT, ()) if whole else ()
            if kind is Kind.CHATTER:
                results.append(Understanding(kind, False, None, prepared, words))
            else:
                urgent = bool(seen[URGENT])
                sure = _kind_sure(kind, seen.get(KIND_SCORES))
                results.append(Understanding(kind, urgent, seen[DUE], prepared, words, sure))
        return results


def _kind_sure(kind: Kind, scores: dict[str, float] | None) -> float:
    """The kind classifier's score of ``kind`` among the five notice kinds; 1.0 for a
    model without that classifier, whose kind nothing weighed against the others."""
    if not scores:
        return 1.0
    return scores.get(kind.value, 0.0)
