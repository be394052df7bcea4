"""``fingertip_chatter_verdict_v1``: the kind a message gets, after the classifier.

The classifier's scores are one opinion; dropping a message as chatter also
needs the evidence :mod:`nlp.chatter` looks for. The component runs after
``textcat`` and before urgency, and writes :data:`KIND` (``doc._.kind``) and
the reason for it; ``doc.cats`` stays the classifier's own, so training and
its dev figures are untouched by the verdict. A reply, promise or status the
classifier took for a notice loses its due (``doc._.due``): "二组明晚开会 开完就给"
names the speaker's own time, no deadline for the group.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from nlp.chatter import KindVerdict, settle_kind
from nlp.components import DUE, NORMALIZED, _Component, doc_text
from nlp.due import simplified
from nlp.normalize import normalize_text
from nlp.pipeline._features import PLACE
from nlp.pipeline._kind import KIND_SCORES

__all__ = ["KIND", "VERDICT_FACTORY", "VerdictComponent"]

VERDICT_FACTORY = "fingertip_chatter_verdict_v1"
KIND = "fingertip.kind"
_REASON = "fingertip.kind_reason"

if not Doc.has_extension("kind"):
    Doc.set_extension("kind", getter=lambda doc: doc.user_data.get(KIND))


class VerdictComponent(_Component[KindVerdict]):
    """Predicts a :class:`KindVerdict` per doc, then writes its kind and reason; batched
    like the other fingertip components (their shared ``__call__`` and ``pipe``)."""

    def __init__(self, sure: float, certain: float = 1.0, asked_back: float = 1.0) -> None:
        if not 0.0 < sure <= 1.0:
            raise ValueError(f"sure must be in (0, 1], got {sure}")
        if not sure <= certain <= 1.0:
            raise ValueError(f"certain must be in [sure, 1], got {certain}")
        if not 0.0 <= asked_back <= 1.0:
            raise ValueError(f"asked_back must be in [0, 1], got {asked_back}")
        self.sure, self.certain, self.asked_back = sure, certain, asked_back

    def predict(self, docs: Sequence[Doc]) -> list[KindVerdict]:
        verdicts = []
        for doc in docs:
            if not doc.cats:
                raise ValueError(f"{VERDICT_FACTORY} needs doc.cats: put it after textcat")
            normalized = doc.user_data.get(NORMALIZED)
            text = doc_text(doc)
            if not isinstance(normalized, str):
                normalized = normalize_text(text)
            normalized = simplified(normalized)
            has_due = doc.user_data.get(DUE) is not None
            kinds = doc.user_data.get(KIND_SCORES)
            verdicts.append(
                settle_kind(
                    doc.cats, normalized, text, has_due=has_due, sure=self.sure, kinds=kinds,
                    certain=self.certain, asked_back=self.asked_back,
                    place=doc.user_data.get(PLACE),
                )
            )
        return verdicts

    def set_annotations(self, docs: Sequence[Doc], verdicts: list[KindVerdict]) -> None:
        for doc, verdict in zip(docs, verdicts, strict=True):
            doc.user_data[KIND] = verdict.kind
            doc.user_data[_REASON] = verdict.reason
            if not verdict.due_kept:
                doc.user_data[DUE] = None


@Language.factory(
    VERDICT_FACTORY,
    # asked_back: a saved model's config may predate it, so its default is the value of
    # nlp/pipeline/config.cfg
    default_config={"sure": 0.45, "certain": 1.0, "asked_back": 0.1},
    assigns=["doc._.kind", "doc._.due"],
    requires=["doc.cats"],
)
def make_verdict(
    nlp: Language, name: str, sure: float, certain: float, asked_back: float
) -> VerdictComponent:
    """Factory for ``fingertip_chatter_verdict_v1``."""
    return VerdictComponent(sure, certain, asked_back)
