"""A keyword baseline: the understander to beat, and the fallback without a model.

It is deliberately simple and documented as such: kind comes from the first
matching keyword list (checked in a fixed priority), urgency from a handful of
explicit demand words, and it never guesses a due time. Its measured quality is
the floor the trained spaCy pipeline must clear.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import time

from nlp.due import CLOSE_OF_BUSINESS, prepare_message
from nlp.types import Kind, NoticeInput, Understanding

__all__ = ["KeywordBaseline", "baseline_kind"]

# Checked in this order: a check-in demand inside a meeting notice is still a
# check-in demand, and a report request beats the generic "task" words.
_KIND_KEYWORDS: tuple[tuple[Kind, tuple[str, ...]], ...] = (
    (
        Kind.CHECKIN,
        (
            "打卡",
            "截图",
            "点赞",
            "转发朋友圈",
            "投票",
            "关注公众号",
            "学习强国",
            "积分",
            "签到",
            "like and share",
            "check in",
            "screenshot",
            "vote",
        ),
    ),
    (
        Kind.REPORT,
        (
            "报送",
            "填报",
            "上报",
            "统计表",
            "报表",
            "名单",
            "汇总",
            "台账",
            "submit",
            "report form",
            "fill in",
            "statistics",
        ),
    ),
    (
        Kind.MEETING,
        (
            "会议",
            "开会",
            "例会",
            "培训",
            "参会",
            "座谈",
            "会议室",
            "视频会",
            "meeting",
            "training",
            "conference",
            "attend",
        ),
    ),
    (
        Kind.TASK,
        (
            "排查",
            "落实",
            "整改",
            "走访",
            "巡查",
            "清理",
            "督查",
            "检查",
            "please ensure",
            "inspect",
            "carry out",
        ),
    ),
    (
        Kind.NOTICE,
        (
            "通知",
            "公告",
            "文件",
            "停水",
            "停电",
            "提醒",
            "通报",
            "政策",
            "notice",
            "announcement",
            "reminder",
        ),
    ),
)
_CHATTER = re.compile(
    r"^(收到|好的|好|嗯|谢谢|感谢|辛苦了?|ok|okay|received|thanks?|noted|👍|🙏|[\W_])+[!！。.~]*$",
    re.IGNORECASE,
)
# Replies that open with an acknowledgement ("收到，马上安排") are chatter too,
# as long as they are short: a long message after "好的" is a notice.
_ACK_OPENING = re.compile(r"^(收到|好的|好|嗯|谢谢|感谢|辛苦|已发|已报|ok|thanks)", re.IGNORECASE)
_ACK_LIMIT = 14
_URGENT = re.compile(r"紧急|特急|加急|立即|立刻|马上|火速|urgent|immediately|asap", re.IGNORECASE)
_SHORT_CHATTER_LIMIT = 6


def _clean(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def baseline_kind(text: str) -> Kind:
    """Kind by keyword; short texts without any keyword count as chatter."""
    clean = _clean(text)
    if not clean or _CHATTER.match(clean):
        return Kind.CHATTER
    if len(clean) <= _ACK_LIMIT and _ACK_OPENING.match(clean):
        return Kind.CHATTER
    lowered = clean.lower()
    for kind, words in _KIND_KEYWORDS:
        if any(word in lowered for word in words):
            return kind
    return Kind.CHATTER if len(clean) <= _SHORT_CHATTER_LIMIT else Kind.NOTICE


class KeywordBaseline:
    """Implements ``NoticeUnderstander`` with keyword lists only (no due: the prepared
    text and its dates are still read, for duplicate matching)."""

    def __init__(self, *, close_of_business: time = CLOSE_OF_BUSINESS) -> None:
        self._close = close_of_business

    def understand(self, items: Sequence[NoticeInput]) -> list[Understanding]:
        results = []
        for item in items:
            kind = baseline_kind(item.text)
            urgent = kind is not Kind.CHATTER and bool(_URGENT.search(item.text))
            prepared = prepare_message(item.text, item.sent_at, close_of_business=self._close)
            results.append(Understanding(kind, urgent, None, prepared))
        return results
