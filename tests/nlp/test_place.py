"""nlp.place: where a message falls in its group's talk, read the same in training
and at ingest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from nlp.place import OPENS, place_of, places_of

AT = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("minutes_before", "sender", "place"),
    [
        (3, "老吴", "other:5"),
        (5, "老吴", "other:5"),
        (12, "老吴", "other:20"),
        (45, "老吴", "other:60"),
        (3, "钱婶", "self:5"),
        (30, "钱婶", "self:60"),
        (61, "老吴", OPENS),  # the group was quiet for an hour
        (-2, "老吴", OPENS),  # out of order: nothing before it
    ],
)
def test_the_last_message_says_where_the_next_falls(
    minutes_before: int, sender: str, place: str
) -> None:
    assert place_of(AT, "钱婶", (AT - timedelta(minutes=minutes_before), sender)) == place


def test_the_first_message_of_a_group_opens_it() -> None:
    assert place_of(AT, "钱婶", None) == OPENS


def test_each_group_is_read_on_its_own() -> None:
    minute = timedelta(minutes=1)
    messages = [
        ("town", AT, "马站长"),
        ("village", AT + minute, "兰兰"),  # another group: opens its own talk
        ("town", AT + 2 * minute, "罗书记"),  # answers the 站长 in the town's group
        ("town", AT + 4 * minute, "罗书记"),
        ("village", AT + 90 * minute, "兰兰"),
    ]
    assert places_of(messages) == [OPENS, OPENS, "other:5", "self:5", OPENS]


def test_a_group_s_last_message_before_the_batch_counts() -> None:
    minute = timedelta(minutes=1)
    before = {"town": (AT - 4 * minute, "马站长")}
    messages = [("town", AT, "罗书记"), ("village", AT, "兰兰")]
    assert places_of(messages, before) == ["other:5", OPENS]
