"""A message kept only for want of certainty is read in its place: minutes after a
notice someone else posted in its group, it answers that notice and is chatter."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.ingest._incoming import IncomingMessage
from bot.ingest._talk import GroupTalk
from nlp.types import Kind, Prepared, Understanding
from storage.database import Database
from tests.helpers.ingest import TOWN, VILLAGE, outcomes

NOTICE = "各村：冬季用火安全排查表，本周五下午5点前报镇应急办。"
ANSWER = "三网格发了，苏姐看下群文件"
STATUS = "All 8 up and bolted. Took a photo for you"


def test_an_answer_after_someone_else_s_notice_is_chatter(database: Database) -> None:
    posts = [(VILLAGE, 0, NOTICE), (VILLAGE, 12, ANSWER), (VILLAGE, 20, STATUS)]
    notice, answer, status = outcomes(
        database, posts, unsure=frozenset({ANSWER, STATUS}), senders=(1, 2, 3)
    )
    assert notice.kind == "task"
    assert answer.kind == status.kind == "chatter"
    assert answer.due_at is None and not answer.urgent


def test_the_notice_s_own_poster_following_it_up_is_kept(database: Database) -> None:
    posts = [(VILLAGE, 0, NOTICE), (VILLAGE, 12, ANSWER)]
    _, follow_up = outcomes(database, posts, unsure=frozenset({ANSWER}), senders=(1, 1))
    assert follow_up.kind == "report"


def test_with_no_notice_before_it_the_message_is_kept(database: Database) -> None:
    # the notice went to another group, and in this one nothing came before it
    posts = [(TOWN, 0, NOTICE), (VILLAGE, 12, ANSWER)]
    _, first = outcomes(database, posts, unsure=frozenset({ANSWER}), senders=(1, 2))
    assert first.kind == "report"


def test_an_hour_after_the_notice_the_message_is_kept(database: Database) -> None:
    posts = [(VILLAGE, 0, NOTICE), (VILLAGE, 61, ANSWER)]
    _, late = outcomes(database, posts, unsure=frozenset({ANSWER}), senders=(1, 2))
    assert late.kind == "report"


def test_a_message_the_classifier_was_sure_of_is_kept(database: Database) -> None:
    posts = [(VILLAGE, 0, NOTICE), (VILLAGE, 12, ANSWER)]
    _, kept = outcomes(database, posts, kept=frozenset({ANSWER}), senders=(1, 2))
    assert kept.kind == "report"


def test_only_the_last_three_messages_are_read(database: Database) -> None:
    talk = ["好的", "收到", "明白"]
    posts = [(VILLAGE, 0, NOTICE)] + [(VILLAGE, 2 + n, text) for n, text in enumerate(talk)]
    posts.append((VILLAGE, 10, ANSWER))
    *_, answer = outcomes(
        database, posts, chatter=frozenset(talk), unsure=frozenset({ANSWER}),
        senders=(1, 4, 5, 6, 2),
    )  # fmt: skip
    assert answer.kind == "report"


def test_a_forward_or_a_shared_file_is_never_an_answer() -> None:
    at = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
    notice = Understanding(Kind.TASK, False, None, Prepared("", "", frozenset(), None))
    unsure = replace(notice, kind=Kind.REPORT, tentative=True)

    def message(number: int, sender: int, **extra: object) -> IncomingMessage:
        return IncomingMessage(
            chat_id=VILLAGE, message_id=number, sender_id=sender, sender_name="x",
            sent_at=at + timedelta(minutes=number), text="…", **extra,  # type: ignore[arg-type]
        )  # fmt: skip

    posts = [
        message(1, 1),
        message(2, 2, forwarded_from="青石镇党政办"),
        message(3, 3, shares_file=True),
        message(4, 4),
    ]
    settled = GroupTalk().settle(posts, [notice, unsure, unsure, unsure])
    assert [m.kind for m in settled] == [Kind.TASK, Kind.REPORT, Kind.REPORT, Kind.CHATTER]
