"""``fingertip_kind_v1``: which kind a message is, once it is taken to be no chatter.

The pipeline's ``textcat`` decides chatter or not (with the verdict of
:mod:`nlp.chatter`); this second classifier, over tokens and character 1-
and 2-grams (``fingertip.KindCharFeatures.v1``), picks among the other five
kinds. Character n-grams tell a task from a report in words jieba cuts
unevenly, but a model that has them also grows sure that informal relays are
chatter; kept away from the chatter decision, it cannot drop a notice. It
learns from non-chatter messages only, and writes its scores beside
``doc.cats`` (which stay the first classifier's) for the verdict to read.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.tokens import Doc
from spacy.training import Example
from thinc.api import Model

from nlp.types import Kind

__all__ = ["KIND_FACTORY", "KIND_LABELS", "KIND_SCORES", "KindClassifier"]

KIND_FACTORY = "fingertip_kind_v1"
KIND_SCORES = "fingertip.kind_scores"
KIND_LABELS: tuple[str, ...] = tuple(k.value for k in Kind if k is not Kind.CHATTER)


class KindClassifier(TextCategorizer):
    """A single-label textcat whose scores go to ``doc.user_data[KIND_SCORES]``."""

    def initialize(self, get_examples: Any, *, nlp: Any = None, **_: Any) -> None:
        """The five kinds, whatever labels the examples carry (chatter among them)."""
        super().initialize(get_examples, nlp=nlp, labels=KIND_LABELS)

    def set_annotations(self, docs: Iterable[Doc], scores: Any) -> None:
        for i, doc in enumerate(docs):
            doc.user_data[KIND_SCORES] = {
                label: float(scores[i, j]) for j, label in enumerate(self.labels)
            }

    def _examples_to_truth(self, examples: Iterable[Example]) -> tuple[Any, Any]:
        """Chatter examples (no label of this component true) teach it nothing."""
        truths, not_missing = super()._examples_to_truth(examples)
        has_kind = np.asarray(truths).sum(axis=1, keepdims=True) > 0
        return truths, not_missing * has_kind.astype(np.float32)


@Language.factory(
    KIND_FACTORY,
    default_config={"threshold": 0.0},
    assigns=["doc.user_data"],
)
def make_kind(
    nlp: Language, name: str, model: Model[list[Doc], Any], threshold: float
) -> KindClassifier:
    """Factory for ``fingertip_kind_v1``."""
    return KindClassifier(nlp.vocab, model, name, threshold=threshold)
