"""Full-text search on both backends: scoped, ranked, kept in step with edits and deletes."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from nlp.search_terms import index_words, query_words
from storage import repository as repo
from storage.database import Database
from storage.models import Group, Notice, NoticeBase, utcnow
from storage.repository.privacy import purge_old_texts
from tests.helpers.factories import make_group

NOW = utcnow()


def _say(
    s: Session, group: Group, message_id: int, text: str, age: timedelta, cluster: int | None = None
) -> int:
    assert group.id is not None
    data = NoticeBase(
        chat_id=group.chat_id,
        message_id=message_id,
        sender_name="小王",
        sent_at=NOW - age,
        text=text,
        kind="notice",
    )
    notice, _ = repo.add_notice(session=s, group_id=group.id, data=data, received_at=NOW - age)
    assert notice.id is not None
    if cluster is not None:
        repo.set_notice_cluster(session=s, notice=notice, cluster_id=cluster)
    document = repo.SearchDocument(notice.id, group.id, notice.received_at, index_words(text))
    repo.index_notices(session=s, documents=[document])
    return notice.id


def _search(
    s: Session, words: str, groups: list[Group], *, days: int = 30, limit: int = 10, offset: int = 0
) -> repo.SearchPage:
    return repo.search_notices(
        session=s,
        words=query_words(words),
        group_ids=[g.id for g in groups if g.id is not None],
        since=NOW - timedelta(days=days),
        until=NOW,
        now=NOW,
        limit=limit,
        offset=offset,
    )


def _groups(s: Session) -> tuple[Group, Group]:
    return (
        make_group(s, title="党政办群", chat_id=-1001000000901),
        make_group(s, title="别人的群", chat_id=-1001000000902),
    )


def test_words_found_in_chinese_and_english_only_in_the_groups_asked(database: Database) -> None:
    with database.session() as s:
        mine, other = _groups(s)
        wanted = _say(s, mine, 1, "关于做好城乡居民医保参保缴费工作的通知", timedelta(hours=2))
        english = _say(
            s, mine, 2, "Please submit the COVID-19 vaccination REPORT", timedelta(hours=1)
        )
        _say(s, other, 3, "城乡居民医保参保缴费，别人的群", timedelta(minutes=5))
        _say(s, mine, 4, "明天上午开会", timedelta(minutes=1))
    with database.session() as s:
        assert [r.id for r in _search(s, "医保", [mine]).rows] == [wanted]
        assert [r.id for r in _search(s, "居民 缴费", [mine]).rows] == [wanted]  # part of 城乡居民
        assert [r.id for r in _search(s, "covid-19 report", [mine]).rows] == [english]
        assert [r.id for r in _search(s, "ＲＥＰＯＲＴ", [mine]).rows] == [english]  # full width
        assert _search(s, "医保 开会", [mine]).rows == []  # every word must be there
        both = _search(s, "医保", [mine, other]).rows
        assert {r.group_id for r in both} == {mine.id, other.id}


def test_newest_and_best_matching_first_and_old_ones_left_out(database: Database) -> None:
    with database.session() as s:
        mine, _ = _groups(s)
        old = _say(s, mine, 1, "医保缴费通知", timedelta(days=20))
        fresh = _say(s, mine, 2, "医保缴费通知", timedelta(hours=3))
        strong = _say(s, mine, 3, "医保 医保 医保缴费，医保专项", timedelta(hours=3))
        _say(s, mine, 4, "医保缴费通知（去年）", timedelta(days=40))
    with database.session() as s:
        found = [r.id for r in _search(s, "医保", [mine]).rows]
    assert found == [strong, fresh, old]


def test_copies_of_one_notice_come_back_once(database: Database) -> None:
    with database.session() as s:
        mine, other = _groups(s)
        first = _say(s, mine, 1, "请各村报送医保统计表", timedelta(hours=3), cluster=None)
        with_cluster = s.get(Notice, first)
        assert with_cluster is not None
        repo.set_notice_cluster(session=s, notice=with_cluster, cluster_id=first)
        _say(s, other, 2, "请各村报送医保统计表", timedelta(hours=2), cluster=first)
    with database.session() as s:
        page = _search(s, "统计表", [mine, other])
    assert len(page.rows) == 1 and page.total == 1


def test_an_edit_replaces_the_words_and_a_deleted_notice_is_gone(database: Database) -> None:
    with database.session() as s:
        mine, _ = _groups(s)
        notice_id = _say(s, mine, 1, "周五报送低保名单", timedelta(hours=1))
    with database.session() as s:
        words = index_words("周五报送医保名单")  # as ingest rewrites them after an edit
        document = repo.SearchDocument(notice_id, mine.id or 0, NOW, words)
        repo.index_notices(session=s, documents=[document])
    with database.session() as s:
        assert [r.id for r in _search(s, "医保", [mine]).rows] == [notice_id]
        assert _search(s, "低保", [mine]).rows == []
        s.delete(s.get(Group, mine.id))
    with database.session() as s:
        assert _search(s, "医保", [mine]).rows == []


def test_pages_and_count(database: Database) -> None:
    with database.session() as s:
        mine, _ = _groups(s)
        ids = [_say(s, mine, n, f"第{n}期防汛值班表", timedelta(hours=n)) for n in range(1, 24)]
    with database.session() as s:
        first = _search(s, "值班表", [mine], limit=10)
        third = _search(s, "值班表", [mine], limit=10, offset=20)
    assert first.total == 23 and [r.id for r in first.rows] == ids[:10]
    assert [r.id for r in third.rows] == ids[20:]


def test_existing_notices_are_backfilled_by_the_migration(database: Database) -> None:
    """Migration 0006 indexes what was stored before it: run it again from 0005."""
    from storage.database import upgrade_schema

    with database.session() as s:
        mine, _ = _groups(s)
        assert mine.id is not None
        data = NoticeBase(
            chat_id=mine.chat_id,
            message_id=9,
            sender_name="老李",
            sent_at=NOW,
            text="秸秆禁烧巡查",
            kind="task",
        )
        repo.add_notice(session=s, group_id=mine.id, data=data, received_at=NOW)
    _downgrade(database)
    upgrade_schema(database.engine)
    with database.session() as s:
        assert len(_search(s, "禁烧", [mine]).rows) == 1


def _downgrade(database: Database) -> None:
    from alembic import command
    from alembic.config import Config

    from storage.database import _MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")  # just before the search index


def test_texts_blanked_by_retention_are_no_longer_found(database: Database) -> None:
    with database.session() as s:
        mine, _ = _groups(s)
        old = _say(s, mine, 1, "秸秆禁烧巡查记录表", timedelta(days=20))
        recent = _say(s, mine, 2, "秸秆禁烧巡查今天继续", timedelta(hours=1))
    with database.session() as s:
        purge_old_texts(session=s, before=NOW - timedelta(days=10))
    with database.session() as s:
        assert [r.id for r in _search(s, "秸秆", [mine]).rows] == [recent]
        assert old not in [r.id for r in _search(s, "巡查", [mine]).rows]
