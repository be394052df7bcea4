"""A copy or chase is urgent by the due of the notice it joined when that due is
within two hours of sending (nlp/urgent_copies.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.urgent_copies import pressed_by_due

SENT = datetime(2026, 11, 16, 9, 20, tzinfo=timezone(timedelta(hours=8)))
SOON = SENT + timedelta(minutes=40)


@pytest.mark.parametrize(
    "text",
    [
        "低保复核表呢？",
        "@三组-组长老周 签到表？",
        "王会计 收支明细？",
        "防疫物资台账 东坪的还没见到",
        "入户走访记录，上湾、下湾？",
        "Tally sheets?",
        "Kerry - rota?",
        "Incident forms: have Block A and C. Block D?",
        "stock counts pls, pharmacy is asking",
        "Duty roster still not in from Levels 3 and 4",
        "消防检查记录表",
    ],
)
def test_a_chase_of_a_notice_due_soon_is_urgent(text: str) -> None:
    assert pressed_by_due(text, SENT, SOON)


@pytest.mark.parametrize(
    "text",
    [
        # questions about the request
        "签到表是要手写的还是打印的？",
        "需要盖村委公章吗",
        "收支明细怎么填",
        "Which template, the new one?",
        "Do we need signatures on the tally sheets too?",
        # all-clears, parts done, thanks
        "三组的已报",
        "东坪台账全部完成，已发邮箱",
        "齐了",
        "All in now, thanks everyone",
        "Block D sent",
        "收到，谢谢",
        # a standing rule
        "每天下午5点前把巡查照片发群里",
        "Please log the fridge temps every morning.",
    ],
)
def test_questions_all_clears_thanks_and_routines_are_not(text: str) -> None:
    assert not pressed_by_due(text, SENT, SOON)


@pytest.mark.parametrize(
    "due",
    [
        None,
        SENT - timedelta(minutes=10),  # already past
        SENT + timedelta(hours=2, minutes=30),  # further than two hours off
        SENT + timedelta(days=1),  # tomorrow
    ],
)
def test_a_chase_of_a_due_passed_or_not_near_is_not(due: datetime | None) -> None:
    assert not pressed_by_due("低保复核表呢？", SENT, due)
    assert not pressed_by_due("Tally sheets?", SENT, due)


def test_the_window_ends_at_two_hours() -> None:
    assert pressed_by_due("Tally sheets?", SENT, SENT + timedelta(hours=2))
