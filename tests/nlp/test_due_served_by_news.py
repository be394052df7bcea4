"""An interruption or an opening that times the ask is no news: the due stays.

"放学前", "系统关闭前", "before the portal is closed" name the cut-off by the event;
"照常召开" says a meeting is held; "带上检修记录" brings the records of a repair.
The same words told as news ("停水检修", "the office is closed") still drop the
date. Sent on Monday 16 November 2026 at 09:00 (+08:00).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import resolve_due

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 9, 0, tzinfo=CST)  # a Monday


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=CST)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("回执今天下午5点放学前交到政教处，班主任早读时候收一下", _at(16, 17)),
        ("请学籍管理员在下午5点系统关闭前完成转入转出学生的核对确认", _at(16, 17)),
        ("另：明天上午9点筹备会照常召开，只请各村书记参加", _at(17, 9)),
        ("今晚6点半体育馆说明会照常举行，各班主任带学生代表参加", _at(16, 18, 30)),
        ("今天下午5点在三楼会议室开火情分析会，各科室主任参加，带上检修记录", _at(16, 17)),
        ("Get your forms in at 3pm before the portal is closed", _at(16, 15)),
    ],
)
def test_an_event_that_times_the_ask_keeps_the_due(text: str, due: datetime) -> None:
    assert resolve_due(text, SENT) == due


@pytest.mark.parametrize(
    "text",
    [
        "明天上午9点到下午5点停水检修，请大家提前储水",
        "供电所通知：11月18号早上8点到下午6点三个屯停电 检修线路",
        "The office is closed tomorrow from 1pm for the staff training",
        "便民服务中心周六照常开放，时间上午9:00-12:00",
    ],
)
def test_the_same_words_as_news_still_drop_the_date(text: str) -> None:
    assert resolve_due(text, SENT) is None
