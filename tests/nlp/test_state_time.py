"""A time that only says how long a state holds, when another party is expected, or
that the time is still to be told is no due of the reader; a limit, an errand for the
day, an appointment's clock time or a meeting's start keeps it (nlp.chatter._state_time)."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.due import simplified
from nlp.normalize import normalize_text

# the classifier is sure the message is a task, and sure it is a meeting
SURE_TASK = {"chatter": 0.02, "task": 0.85, "report": 0.05, "meeting": 0.04, "notice": 0.04}
SURE_MEETING = {"chatter": 0.02, "task": 0.04, "report": 0.05, "meeting": 0.85, "notice": 0.04}


def _due_kept(text: str, scores: dict[str, float] = SURE_TASK) -> bool:
    normalized = simplified(normalize_text(text))
    return settle_kind(scores, normalized, text, has_due=True, sure=0.45).due_kept


@pytest.mark.parametrize(
    "text",
    [
        # a warning whose only time is its period
        "寒潮蓝色预警 今晚到后天降温12度 各组跟独居老人说一声 炉子封好",
        "Yellow ice warning tonight. Gritters are out, take the main roads on visits",
        # a ban that holds for the day
        "村道那段塌方了，今天哪个都莫开车从那边过，绕老路走",
        "Lift 2 is broken. Nobody uses it today, stairs only for the porters",
        # the time is still to be told
        "三组的体检排在下周 具体时间另行通知",
        "Quiz night is postponed, new date to be confirmed",
        # another party is expected by a time
        "The engineer will be back by 3pm with the part",
        "Main Street should reopen by 6, the crane is nearly done",
    ],
)
def test_a_state_or_an_expected_time_loses_the_due(text: str) -> None:
    assert not _due_kept(text)


@pytest.mark.parametrize(
    "text",
    [
        # a limit beside the warning
        "暴雪黄色预警，各村今晚8点前把危房户转移情况报上来",
        "Amber wind warning from noon. Send me your visit lists by 10",
        # a warning that calls people in at a clock time
        "Frost warning overnight. All gritter drivers in the yard for 4am",
        # an errand for the day beside a ban
        "值班室的电热毯今天都收起来，别让我去收",
        # an appointment with a ban beside it
        "明天下午两点半镇上来检查卫生 门口莫乱堆柴火",
        # a reminder to be on time is no ban
        "今天下午三点安全例会别忘了",
        # an expectation that also asks the reader
        "Stock will arrive by 2pm, please have the bay cleared before then",
    ],
)
def test_a_deadline_keeps_its_due(text: str) -> None:
    assert _due_kept(text)


def test_a_meeting_start_keeps_its_due_beside_a_warning_or_ban() -> None:
    assert _due_kept("Storm warning for Friday, so the briefing is Thursday 10am", SURE_MEETING)
    assert _due_kept("明天上午9点开会 不要请假", SURE_MEETING)
