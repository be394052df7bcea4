"""What understanding hands to duplicate matching, and who remembers what.

The understanding carries the prepared text and its dates (``Prepared``), so
the index reads nothing twice; every memory of recent texts belongs to a
component or an index, created and dropped with it: two of them share
nothing, and no module keeps one.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import replace
from datetime import datetime, time, timedelta, timezone
from itertools import count
from typing import Any

import pytest

import nlp
from nlp.dedup import ClusterIndex, DedupItem
from nlp.due import prepare, prepare_message
from nlp.pipeline import MODEL_DIR, SpacyUnderstander
from nlp.recent import Recent
from nlp.rules import RulesUnderstander
from nlp.types import NoticeInput, NoticeUnderstander

TZ = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)
TEXTS = [
    "【转发】请各村于明天下午3点前报送秸秆禁烧台账，联系人：张三 13812345678",
    "請各村今天下班前報送12項台賬 @所有人",
    "收到",
    "",
]
# Kept for the process, and no memory of texts: OpenCC's conversion tables and
# jieba's dictionary, each loaded once.
RESOURCES = {("nlp.due", "_simplified"), ("nlp.preview", "_segmenter")}
_keys = count(1)


def _memories(owner: object) -> dict[str, int]:
    """Entries held by each memory an object keeps in its attributes (Recent maps
    and lru caches), by attribute name."""
    found = {}
    for name, value in vars(owner).items():
        if isinstance(value, Recent):
            found[name] = len(value)
        elif hasattr(value, "cache_info"):
            found[name] = value.cache_info().currsize
    return found


def test_no_module_of_nlp_remembers_texts() -> None:
    kept = []
    for info in pkgutil.walk_packages(nlp.__path__, "nlp."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            cached = (
                hasattr(value, "cache_info")
                and (info.name, name) not in RESOURCES
                and value.__module__ == info.name  # an imported one is checked where it lives
            )
            if cached or isinstance(value, Recent):
                kept.append(f"{info.name}.{name}")
    assert kept == []


@pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="needs `fingertip train`")
def test_two_understanders_share_no_memory() -> None:
    first, second = SpacyUnderstander.load(), SpacyUnderstander.load()
    blocks = [u._nlp.tokenizer.segmenter_of_blocks for u in (first, second)]
    owners = [
        ("tokenizer", *blocks),
        *((name, pipe, dict(second._nlp.pipeline)[name]) for name, pipe in first._nlp.pipeline),
    ]
    first.understand([NoticeInput(text, SENT) for text in TEXTS])
    used = {name: _memories(mine) for name, mine, _ in owners}
    # four texts (the empty one is read as " "), their words and their blocks
    assert used["fingertip_normalize"]["_recent"] == 4 and used["fingertip_normalize"]["_norm"] > 10
    assert used["fingertip_due"] == {"_prepared": 4} and used["tokenizer"]["cut_block"] > 3
    assert all(size == 0 for _, _, theirs in owners for size in _memories(theirs).values())
    second.understand([NoticeInput("请各村周五前报送防汛物资清单", SENT)])
    assert {name: _memories(mine) for name, mine, _ in owners} == used


def test_two_indexes_share_no_memory() -> None:
    first, second = ClusterIndex(), ClusterIndex()
    for text in TEXTS[:2]:
        first.assign(DedupItem(next(_keys), text, SENT, None))
    assert _memories(first._wordings) == {"_recent": 2, "_facts": 2}
    assert _memories(first._wordings._words)["_known"] > 3
    assert _memories(first._wordings._words)["_runs"] > 0
    assert _memories(second._wordings) == {"_recent": 0, "_facts": 0}
    assert _memories(second._wordings._words) == {"_known": 0, "_runs": 0}


def _understanders() -> list[NoticeUnderstander]:
    found: list[NoticeUnderstander] = [RulesUnderstander(close_of_business=time(18, 0))]
    if (MODEL_DIR / "meta.json").exists():
        found.append(SpacyUnderstander.load(close_of_business="18:00"))
    return found


@pytest.mark.parametrize("understander", _understanders(), ids=type)
def test_the_understanding_carries_what_matching_would_read(
    understander: NoticeUnderstander,
) -> None:
    """Every understanding, chatter and empty text included, with the understander's
    own close of business ("下班前" is 18:00 here, not the default 17:30)."""
    understood = understander.understand([NoticeInput(text, SENT) for text in TEXTS])
    for text, meaning in zip(TEXTS, understood, strict=True):
        assert meaning.prepared == prepare_message(text, SENT, close_of_business=time(18, 0))
        assert meaning.prepared.text == prepare(text)
    assert datetime(2026, 11, 16, 18, 0, tzinfo=TZ) in understood[1].prepared.moments
    assert "18" not in understood[1].prepared.undated  # the moment is blanked, 12 stays
    assert "12" in understood[1].prepared.undated


def _item(text: str, minutes: int, **prepared: Any) -> DedupItem:
    sent = SENT + timedelta(minutes=minutes)
    read = prepare_message(text, sent)
    carried = replace(read, **prepared) if prepared else read
    return DedupItem(next(_keys), text, sent, read.due, prepared=carried)


def test_the_index_reads_the_dates_the_item_carries() -> None:
    text = TEXTS[0]
    index = ClusterIndex()
    first = index.assign(_item(text, 0))
    assert index.assign(_item(text, 5)) == first
    # the same words, but the understander read another moment: another notice
    other = frozenset({datetime(2026, 11, 20, 15, 0, tzinfo=TZ)})
    assert index.assign(_item(text, 10, moments=other)) != first


@pytest.mark.parametrize(("close", "merged"), [(time(18, 0), True), (time(17, 30), False)])
def test_the_index_reads_dates_with_its_close_of_business(close: time, merged: bool) -> None:
    """A notice restored from the database is read by the index itself: "下班前" must
    mean what it meant to the understander that read its copy."""
    text = "请各村今天下班前报送防汛物资清单，联系人李四"
    index = ClusterIndex(close_of_business=close)
    index.restore(DedupItem(1, text, SENT, None), 1)
    understood = prepare_message(text, SENT, close_of_business=time(18, 0))
    copy = DedupItem(2, text, SENT + timedelta(minutes=5), None, prepared=understood)
    assert (index.assign(copy) == 1) is merged
