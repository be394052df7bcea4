"""A time named in colleagues' talk, given a notice's kind by an unsure classifier, is no
due; a request's limit, need or dated clock time keeps it (nlp.chatter._talk_time)."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.due import simplified
from nlp.normalize import normalize_text
from nlp.types import Kind

# the classifier half takes the message for talk, but gives it a task's kind
HALF_TALK = {"chatter": 0.3, "task": 0.5, "report": 0.1, "meeting": 0.05, "notice": 0.05}
# ... and the same kind with talk ruled out
SURE_TASK = {"chatter": 0.05, "task": 0.75, "report": 0.1, "meeting": 0.05, "notice": 0.05}


def _due_kept(text: str, scores: dict[str, float]) -> bool:
    normalized = simplified(normalize_text(text))
    return settle_kind(scores, normalized, text, has_due=True, sure=0.45).due_kept


@pytest.mark.parametrize(
    "text",
    [
        "后天还值班？",  # a question about a time
        "who's on the late bus tonight, same driver?",
        "我今晚在家把系统里的记录导出来",  # the speaker's own plan
        "Checked the van this afternoon, I left the keys on the hook",  # a status
        "楼下面馆今天关门了😭 只能吃泡面",  # small talk
    ],
)
def test_talk_naming_a_time_loses_the_due(text: str) -> None:
    assert not _due_kept(text, HALF_TALK)


@pytest.mark.parametrize(
    "text",
    [
        "花名册我明天上午要",  # what is needed, said without a limit
        "我这边汇总，表格明天中午前发我",  # a limit
        "I'm at the depot course, 14 Dec 9:30 start, Sam covers the desk",  # a dated clock
        "Can you all send your counts this afternoon?",  # an ask the keep cues see
    ],
)
def test_a_request_keeps_its_due(text: str) -> None:
    assert _due_kept(text, HALF_TALK)


def test_a_classifier_sure_of_the_kind_keeps_the_due() -> None:
    assert _due_kept("后天还值班？", SURE_TASK)


# the classifier calls it chatter, but a limit in the words would keep it
TALK = {"chatter": 0.7, "report": 0.2, "task": 0.05, "meeting": 0.03, "notice": 0.02}


@pytest.mark.parametrize("text", ["材料在装袋 五点前送到", "一组的两条船 三点前回来"])
def test_the_speakers_own_limit_keeps_no_talk(text: str) -> None:
    normalized = simplified(normalize_text(text))
    assert settle_kind(TALK, normalized, text, has_due=True, sure=0.45).kind is Kind.CHATTER


@pytest.mark.parametrize("text", ["各组五点前送到", "名单五点前都要送到"])
def test_a_limit_set_for_others_keeps_the_message(text: str) -> None:
    normalized = simplified(normalize_text(text))
    assert settle_kind(TALK, normalized, text, has_due=True, sure=0.45).kind is not Kind.CHATTER
