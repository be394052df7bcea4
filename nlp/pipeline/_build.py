"""One config file builds the pipeline; jieba is initialised quietly."""

from __future__ import annotations

import logging
from pathlib import Path

import jieba
import spacy
from spacy.language import Language
from thinc.api import Config

import nlp.components  # registers the fingertip_* factories
import nlp.pipeline._features
import nlp.pipeline._kind as nlp_kind  # (registers fingertip_kind_v1)
import nlp.pipeline._tokenizer  # (registers fingertip.JiebaTokenizer.v1)
import nlp.pipeline._verdict  # noqa: F401  (registers fingertip_chatter_verdict_v1)
from nlp.types import Kind

__all__ = ["CONFIG_PATH", "KINDS", "MAX_CHARS", "MODEL_DIR", "build_pipeline"]

CONFIG_PATH = Path(__file__).with_name("config.cfg")
MODEL_DIR = Path(__file__).resolve().parent.parent / "model"
KINDS: tuple[str, ...] = tuple(kind.value for kind in Kind)
# Kind and deadline are stated up front; a 100,000-character paste is read
# from its opening (the whole text is still stored).
MAX_CHARS = 4000


def quiet_jieba() -> None:
    """jieba logs its dictionary load to stderr at INFO on first use."""
    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)


def build_pipeline() -> Language:
    """An untrained pipeline from config.cfg, its classifiers given their kind labels."""
    quiet_jieba()
    config = Config().from_disk(CONFIG_PATH)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    textcat = nlp.get_pipe("textcat")
    for kind in KINDS:
        textcat.add_label(kind)  # type: ignore[attr-defined]
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, nlp_kind.KindClassifier):
            for kind in nlp_kind.KIND_LABELS:
                pipe.add_label(kind)
    return nlp
