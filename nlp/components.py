"""spaCy pipeline components for normalisation, due moments and urgency.

Importing this module registers three factories, so one ``config.cfg`` can
name and configure them next to the trained text classifier. spaCy refuses
"." in factory names, so the versioned names use "_":

``fingertip_normalize_v1`` (no settings)
    Sets ``token.norm_`` (half-width, lower-cased, digit runs as "0", and the
    placeholders ``<mention>``, ``<emoji>`` and ``<relay>`` for wrapping) so a
    classifier sees "１２月" and "12月" alike, and ``doc._.normalized`` to
    :func:`nlp.normalize.normalize_text` of the text.
``fingertip_due_v1`` (``close_of_business``: no default here, config.cfg sets it)
    Reads ``doc._.sent_at`` (a timezone-aware datetime the caller sets before
    the pipeline runs) and sets ``doc._.due`` via :func:`nlp.due.explain_due`, and
    ``doc._.prepared`` (a :class:`nlp.types.Prepared`: the text the rules read
    and its dates, which urgency and, through the understanding, duplicate
    matching go on from).
``fingertip_urgency_v1`` (``window_minutes = 120``, ``slack_minutes = 15``)
    Sets ``doc._.urgent`` via :func:`nlp.urgency.is_urgent`; it needs
    ``doc._.due``, so it must come after ``fingertip_due_v1``.

Each component keeps ``predict`` (pure, per batch) apart from
``set_annotations`` (writes the docs), as spaCy's trainable pipes do. What a
component remembers of recent texts (norms, prepared texts) it owns: it is
created and dropped with the component, never shared with another pipeline.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, time, timedelta
from functools import lru_cache, partial
from itertools import islice
from typing import Any, Generic, TypeVar, cast

import numpy as np
from spacy.attrs import IDX, NORM, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from nlp.due import explain_due, fold, prepared_of
from nlp.normalize import normalize_text, to_half_width, wrapper_spans
from nlp.recent import Recent
from nlp.types import Prepared
from nlp.urgency import is_urgent

__all__ = [
    "DUE",
    "DUE_FACTORY",
    "NORMALIZED",
    "NORMALIZE_FACTORY",
    "PREPARED",
    "SENT_AT",
    "URGENCY_FACTORY",
    "URGENT",
    "DueComponent",
    "NormalizeComponent",
    "UrgencyComponent",
    "doc_text",
    "keep_text",
    "parse_clock",
    "register_extensions",
]

NORMALIZE_FACTORY = "fingertip_normalize_v1"
DUE_FACTORY = "fingertip_due_v1"
URGENCY_FACTORY = "fingertip_urgency_v1"
# Written by the due component so urgency can tell "no due" from "due never resolved".
_DUE_DONE = "fingertip.due_resolved"
_DIGITS = re.compile(r"\d+")
_CLOCK_SETTING = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")
_BATCH = 256
_WORDS_KEPT = 65536  # distinct token norms remembered: jieba's words recur from notice to notice
Prediction = TypeVar("Prediction")


_EXTENSIONS = ("sent_at", "normalized", "due", "urgent", "prepared")
SENT_AT, NORMALIZED, DUE, URGENT, PREPARED = (f"fingertip.{name}" for name in _EXTENSIONS)


def register_extensions() -> None:
    """Declare ``doc._.sent_at``, ``normalized``, ``due``, ``urgent`` and ``prepared`` once.

    Each is kept in ``doc.user_data`` under :data:`SENT_AT`, :data:`NORMALIZED`,
    :data:`DUE`, :data:`URGENT` and :data:`PREPARED`, where the project's own
    code reads it directly: every ``doc._`` builds an accessor object, and the
    pipeline would build ten a message.
    """
    keys = (SENT_AT, NORMALIZED, DUE, URGENT, PREPARED)
    for name, key in zip(_EXTENSIONS, keys, strict=True):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=partial(_read, key), setter=partial(_write, key))


def _read(key: str, doc: Doc) -> Any:
    return doc.user_data.get(key)


def _write(key: str, doc: Doc, value: object) -> None:
    doc.user_data[key] = value


_TEXT = "fingertip.text"


def keep_text(doc: Doc, text: str) -> Doc:
    """Remember the text ``doc`` was made from, so no component has to rebuild it."""
    doc.user_data[_TEXT] = text
    return doc


def doc_text(doc: Doc) -> str:
    """The doc's text: kept by :func:`keep_text`, else joined once.

    spaCy rebuilds ``doc.text`` from a new Token object per token on every
    read, which costs more than most components do.
    """
    text = doc.user_data.get(_TEXT)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT] = doc.text
    return text


register_extensions()


class _Component(ABC, Generic[Prediction]):
    """Shared calling convention: predict a batch, then write it to the docs."""

    @abstractmethod
    def predict(self, docs: Sequence[Doc]) -> list[Prediction]:
        """One prediction per doc, without touching the docs."""

    @abstractmethod
    def set_annotations(self, docs: Sequence[Doc], predictions: list[Prediction]) -> None:
        """Write the predictions to the docs."""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = _BATCH) -> Iterator[Doc]:
        """Batches of ``batch_size`` docs, in order."""
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            self.set_annotations(batch, self.predict(batch))
            yield from batch


def _sent_at(doc: Doc) -> datetime:
    sent_at = doc.user_data.get(SENT_AT)
    if not isinstance(sent_at, datetime):
        raise ValueError(
            "doc._.sent_at must be set to a timezone-aware datetime before the pipeline runs "
            f"(got {sent_at!r} for {doc.text[:30]!r})"
        )
    return sent_at


class NormalizeComponent(_Component[tuple[list[str], str]]):
    """Token norms and ``doc._.normalized``; see the module docstring."""

    def __init__(self) -> None:
        self._recent: Recent[str, tuple[list[str], str]] = Recent()
        self._norm = lru_cache(maxsize=_WORDS_KEPT)(_norm)

    def predict(self, docs: Sequence[Doc]) -> list[tuple[list[str], str]]:
        """Per doc: one norm per token, and the normalised text (never to be mutated)."""
        return [self._recent.get(doc_text(doc), partial(self._normalize, doc)) for doc in docs]

    def _normalize(self, doc: Doc) -> tuple[list[str], str]:
        return self._norms(doc), normalize_text(doc_text(doc))

    def _norms(self, doc: Doc) -> list[str]:
        # Token arrays rather than Token objects: a long notice has hundreds of tokens.
        text = doc_text(doc)
        columns = doc.to_array([IDX, SPACY]).astype(np.int64)
        starts = columns[:, 0].tolist()
        # a token runs to the next one's start, less the space spaCy keeps after it
        following = np.append(columns[1:, 0], np.int64(len(text)))
        ends = (following - columns[:, 1]).tolist()
        spans = wrapper_spans(text)
        norms = []
        for start, end in zip(starts, ends, strict=True):
            label = _covering(spans, start, end) if spans else None
            norms.append(self._norm(text[start:end]) if label is None else f"<{label}>")
        return norms

    def set_annotations(
        self, docs: Sequence[Doc], predictions: list[tuple[list[str], str]]
    ) -> None:
        """Write the norms and the normalised text."""
        for doc, (norms, normalized) in zip(docs, predictions, strict=True):
            add = doc.vocab.strings.add
            values = np.asarray([add(norm) for norm in norms], dtype=np.uint64).reshape(-1, 1)
            doc.from_array([NORM], cast(Ints2d, values))
            doc.user_data[NORMALIZED] = normalized


def _norm(word: str) -> str:
    """Half-width, lower case, digit runs as "0"."""
    piece = to_half_width(word).lower()
    return piece if piece.isalpha() else _DIGITS.sub("0", piece)


def _covering(spans: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The one wrapper label covering every character of [start, end), if any."""
    labels = set()
    for index in range(start, end):
        label = next((name for low, high, name in spans if low <= index < high), "")
        if not label:
            return None
        labels.add(label)
    return labels.pop() if len(labels) == 1 else None


class DueComponent(_Component[Prepared]):
    """``doc._.due`` and ``doc._.prepared`` from the text and ``doc._.sent_at``; see the
    module docstring.

    The prepared text depends on the text alone, and copies of a notice keep
    arriving, so it is remembered for recent texts; the dates depend on the
    sending time too, and are worked out for every doc, once.
    """

    def __init__(self, close_of_business: time) -> None:
        self.close_of_business = close_of_business
        self._prepared: Recent[str, str] = Recent()

    def predict(self, docs: Sequence[Doc]) -> list[Prepared]:
        """Per doc: the prepared text, its dates and the due moment (or None)."""
        found = []
        for doc in docs:
            text = doc_text(doc)
            prepared = self._prepared.get(text, partial(_prepare, doc, text))
            explanation = explain_due(
                text, _sent_at(doc), close_of_business=self.close_of_business, prepared=prepared
            )
            found.append(prepared_of(explanation))
        return found

    def set_annotations(self, docs: Sequence[Doc], predictions: list[Prepared]) -> None:
        """Write ``doc._.due`` and ``doc._.prepared``, and mark the doc as resolved."""
        for doc, prepared in zip(docs, predictions, strict=True):
            doc.user_data[DUE] = prepared.due
            doc.user_data[PREPARED] = prepared
            doc.user_data[_DUE_DONE] = True


def _prepare(doc: Doc, text: str) -> str:
    """:func:`nlp.due.prepare` of the doc's text, from the normaliser's text when it ran."""
    normalized = doc.user_data.get(NORMALIZED)
    return fold(normalized if isinstance(normalized, str) else normalize_text(text))


class UrgencyComponent(_Component[bool]):
    """``doc._.urgent``; see the module docstring."""

    def __init__(self, window: timedelta, slack: timedelta) -> None:
        self.window = window
        self.slack = slack

    def predict(self, docs: Sequence[Doc]) -> list[bool]:
        """Per doc: whether it is urgent."""
        verdicts = []
        for doc in docs:
            if not doc.user_data.get(_DUE_DONE):
                raise ValueError(f"{URGENCY_FACTORY} needs doc._.due: put it after {DUE_FACTORY}")
            due = doc.user_data.get(DUE)
            prepared = cast(Prepared, doc.user_data[PREPARED]).text
            text, sent_at, window, slack = doc_text(doc), _sent_at(doc), self.window, self.slack
            verdicts.append(
                is_urgent(text, sent_at, due, window=window, slack=slack, prepared=prepared)
            )
        return verdicts

    def set_annotations(self, docs: Sequence[Doc], predictions: list[bool]) -> None:
        """Write ``doc._.urgent``."""
        for doc, urgent in zip(docs, predictions, strict=True):
            doc.user_data[URGENT] = urgent


def parse_clock(setting: str) -> time:
    """ "17:30" → time(17, 30), with an error that names the bad setting."""
    match = _CLOCK_SETTING.fullmatch(setting.strip())
    if match is None:
        raise ValueError(f"close_of_business must look like '17:30', got {setting!r}")
    return time(int(match[1]), int(match[2]))


def _minutes(name: str, value: int) -> timedelta:
    if value < 0:
        raise ValueError(f"{name} must be zero or more minutes, got {value}")
    return timedelta(minutes=value)


@Language.factory(NORMALIZE_FACTORY, assigns=["token.norm", "doc._.normalized"])
def make_normalize(nlp: Language, name: str) -> NormalizeComponent:
    """Factory for ``fingertip_normalize_v1``."""
    return NormalizeComponent()


@Language.factory(
    DUE_FACTORY,
    assigns=["doc._.due", "doc._.prepared"],
    requires=["doc._.sent_at"],
)
def make_due(nlp: Language, name: str, close_of_business: str) -> DueComponent:
    """Factory for ``fingertip_due_v1``."""
    return DueComponent(parse_clock(close_of_business))


@Language.factory(
    URGENCY_FACTORY,
    default_config={"window_minutes": 120, "slack_minutes": 15},
    assigns=["doc._.urgent"],
    requires=["doc._.sent_at", "doc._.due", "doc._.prepared"],
)
def make_urgency(
    nlp: Language, name: str, window_minutes: int, slack_minutes: int
) -> UrgencyComponent:
    """Factory for ``fingertip_urgency_v1``."""
    return UrgencyComponent(
        _minutes("window_minutes", window_minutes), _minutes("slack_minutes", slack_minutes)
    )
