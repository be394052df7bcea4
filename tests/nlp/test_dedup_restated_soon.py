"""A short restatement close to its due (a countdown, a same-morning "the meeting
is on") joins the one request of its group falling due then, though it shares
too few words with it for the scorer and carries no chase cue."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._open import restates_soon
from tests.helpers.dedup import placed_one_by_one as _placed
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
TUESDAY = datetime(2026, 12, 8, 9, 0, tzinfo=CST)  # the notices are sent then

MEETING = (
    "各科室：明天上午十点在行政楼四楼会议室召开冬季消防检查部署会，"
    "科室主任本人参加，带上本科室灭火器台账。"
)
OTHER = "各科室：明天上午十点在门诊楼一楼大厅开展应急疏散演练，各科室派两名护士参加，穿好工作服。"
# Wednesday 09:25 "the meeting starts in 35 minutes, come over": no word of the notice
COUNTDOWN = "还有35分钟开会，大家往楼上走"
# Wednesday 08:10 "the 10 o'clock one is still on, the road is icy"
STILL_ON = "十点的会不变，路滑早点出门"
MEETING_EN = (
    "Fire drill briefing Wednesday 10am in the level 4 boardroom, "
    "all ward managers please attend with your extinguisher logs."
)
SOON_EN = "Kicking off in 20 mins, come on up"


def _item(key: int, text: str, hours: float, group: int = 1) -> DedupItem:
    return understood_item(key, text, TUESDAY + timedelta(hours=hours), group)


def test_the_countdown_alone_does_not_match_the_notice() -> None:
    score = ClusterIndex().explain(_item(1, MEETING, 0), _item(2, COUNTDOWN, 24.42))
    assert not score.merge


def test_a_countdown_joins_the_one_meeting_due_then() -> None:
    notice, countdown = _placed(_item(1, MEETING, 0), _item(2, COUNTDOWN, 24.42))
    assert countdown == notice


def test_a_same_morning_reminder_joins_the_meeting() -> None:
    notice, reminder = _placed(_item(1, MEETING, 0), _item(2, STILL_ON, 23.17))
    assert reminder == notice


def test_an_english_countdown_joins_its_briefing() -> None:
    notice, countdown = _placed(_item(1, MEETING_EN, 0), _item(2, SOON_EN, 24.67))
    assert countdown == notice


# near-misses: these stay apart


def test_with_two_requests_due_then_the_countdown_joins_neither() -> None:
    meeting, drill, countdown = _placed(
        _item(1, MEETING, 0), _item(2, OTHER, 0.5), _item(3, COUNTDOWN, 24.42)
    )
    assert meeting != drill
    assert countdown not in (meeting, drill)


def test_a_countdown_in_another_group_stays_apart() -> None:
    notice, countdown = _placed(_item(1, MEETING, 0, group=1), _item(2, COUNTDOWN, 24.42, group=2))
    assert countdown != notice


def test_a_countdown_to_another_minute_stays_apart() -> None:
    # on Wednesday at 13:20: "35 minutes" is 13:55, not the 10:00 meeting
    notice, countdown = _placed(_item(1, MEETING, 0), _item(2, COUNTDOWN, 28.33))
    assert countdown != notice


def test_a_long_new_notice_or_one_due_days_ahead_is_no_restatement() -> None:
    sent = TUESDAY + timedelta(hours=24)
    far = understood_item(1, "周五下午三点前交", sent, 1)
    long = understood_item(2, MEETING, TUESDAY + timedelta(hours=23), 1)
    near = understood_item(3, COUNTDOWN, TUESDAY + timedelta(hours=24.42), 1)
    index = ClusterIndex()
    views = [index._view(item)[0] for item in (far, long, near)]
    assert [restates_soon(view) for view in views] == [False, False, True]
