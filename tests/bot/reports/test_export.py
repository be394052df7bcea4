"""/export CSV: opens in spreadsheets, local times, no formula injection."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.reports import ReportRequest as Request
from bot.reports import Scope, notices_csv, resolve_slice
from storage import repository as repo
from storage.database import Database
from storage.repository import ExportRow
from tests.bot.reports.fixtures.corpus import ZONE, Installed
from tests.bot.reports.fixtures.reports import PERIOD

Corpus = tuple[Database, Installed]


def rows_of(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def test_export_of_the_corpus(corpus_db: Corpus) -> None:
    db, corpus = corpus_db
    with db.session() as s:
        part, _ = resolve_slice(s, Scope(frozenset({"应急办"})), Request(PERIOD))
        rows = repo.export_rows(session=s, part=part)
    table = rows_of(notices_csv(rows, ZONE, "zh"))
    assert table[0] == [
        *("编号", "群", "部门", "发送人", "发送时间"),
        *("类别", "紧急", "截止时间", "同一通知编号", "内容"),
    ]
    assert len(table) == 1 + 8  # the eight notices of 应急办, chatter left out
    n03 = corpus.notices["n03"]
    assert table[1] == [
        str(n03), "镇应急管理群", "应急办", "镇应急办-王科长", "2026-11-13T07:45+08:00", "打卡",
        "否", "", str(corpus.notices["n02"]), "【转发】请今天9点前学习强国打卡截图",
    ]  # fmt: skip
    assert table[-1][4] == "2026-11-16T23:59+08:00"


def test_cells_that_look_like_formulas_are_neutralised() -> None:
    row = ExportRow(
        id=7,
        sender_name="@admin",
        sent_at=datetime(2026, 11, 16, 1, 0, tzinfo=UTC),
        kind="task",
        urgent=True,
        due_at=datetime(2026, 11, 16, 9, 30, tzinfo=UTC),
        cluster_id=None,
        text='-1+1, "quoted"\nsecond line',
        group_title='=HYPERLINK("http://x")',
        department=None,
    )
    (header, line) = rows_of(notices_csv([row], ZoneInfo("Europe/Berlin"), "en"))
    assert header[:3] == ["id", "group", "department"]
    assert line == [
        "7", "'=HYPERLINK(\"http://x\")", "", "'@admin", "2026-11-16T02:00+01:00", "Task", "yes",
        "2026-11-16T10:30+01:00", "", "'-1+1, \"quoted\"\nsecond line",
    ]  # fmt: skip
