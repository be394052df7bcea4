"""Separate correction messages: what they correct, and which notice of the group."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from nlp.corrections import Corrected, corrected_due, pick_corrected, read_correction

SH = ZoneInfo("Asia/Shanghai")
SENT = datetime(2026, 12, 8, 9, 0, tzinfo=SH)  # a Tuesday
WED_9 = datetime(2026, 12, 9, 9, 0, tzinfo=SH)
THU_14 = datetime(2026, 12, 10, 14, 0, tzinfo=SH)

SAFETY = Corrected(1, "周三上午9点在二楼会议室召开安全生产例会，请各站所长参加", "meeting", WED_9)
FLOOD = Corrected(2, "周四下午2点在三楼会议室召开防汛工作部署会，请各村参加", "meeting", THU_14)
LEDGER = Corrected(3, "请各村于周四下午2点前报送秸秆禁烧台账", "report", THU_14)
BRIEFING = Corrected(4, "Flood briefing for ward heads on Wednesday 9:00, Room 2", "meeting", WED_9)
FRI_14 = datetime(2026, 12, 11, 14, 0, tzinfo=SH)


@pytest.mark.parametrize(
    "text",
    [
        "收到，谢谢",
        "还有3个村没交，请抓紧",
        "集合地点改到老街口牌坊，不是社区门口",  # a change, but no word that it was wrong
        "Update: Wards 2 and 6 still missing",
        "Sorry, wrong group",
        "会议通知",
        "各村调整低保名单，月底前报送",  # 调整 is the work asked, not a label
        "低保标准调整为每月800元",
    ],
)
def test_not_corrections(text: str) -> None:
    assert read_correction(text, SENT) is None


@pytest.mark.parametrize(
    ("text", "candidates", "key", "due"),
    [
        ("更正：例会改到周四上午9点", [SAFETY, LEDGER], 1, datetime(2026, 12, 10, 9, 0, tzinfo=SH)),
        ("刚才通知有误，安全生产例会时间改为下午3点", [FLOOD, SAFETY], 1,
         datetime(2026, 12, 9, 15, 0, tzinfo=SH)),
        ("更正：防汛工作部署会改到周五", [SAFETY, FLOOD], 2, FRI_14),
        ("更正：台账截止时间应为周五17:00", [FLOOD, LEDGER], 3,
         datetime(2026, 12, 11, 17, 0, tzinfo=SH)),
        ("Correction: the briefing is now in Room 4", [LEDGER, BRIEFING], 4, WED_9),
        ("Update: the briefing moves to Thursday", [BRIEFING], 4,
         datetime(2026, 12, 10, 9, 0, tzinfo=SH)),
        ("调整：安全生产例会推迟到上午9点半开始，请准时参加", [FLOOD, SAFETY], 1,
         datetime(2026, 12, 9, 9, 30, tzinfo=SH)),
    ],
)  # fmt: skip
def test_correction_finds_its_notice(
    text: str, candidates: list[Corrected], key: int, due: datetime
) -> None:
    read = read_correction(text, SENT)
    assert read is not None
    assert pick_corrected(read, candidates) == key
    chosen = next(c for c in candidates if c.key == key)
    assert corrected_due(read, chosen.due_at) == due


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("更正：会议改到周五下午3点", [SAFETY, FLOOD]),  # which meeting?
        ("更正：消防培训改到周五下午3点", [SAFETY]),  # a meeting the group was never told of
        ("更正：防汛工作部署会改到周五", [SAFETY]),  # the other meeting is not in this group
        ("更正：防汛工作部署会在三楼会议室", [FLOOD]),  # what the notice says: no change
        ("Correction: the training is now in Room 4", [BRIEFING]),
    ],
)
def test_wrong_links_are_refused(text: str, candidates: list[Corrected]) -> None:
    read = read_correction(text, SENT)
    assert read is not None
    assert pick_corrected(read, candidates) is None
