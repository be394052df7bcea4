"""Every /stats figure against the hand computation in fixtures/corpus.py."""

from __future__ import annotations

from datetime import date

import pytest

from bot.reports import Burden, ReportError, Scope, build_overlaps, resolve_slice
from bot.reports import ReportRequest as Request
from storage.database import Database
from tests.bot.reports.fixtures.corpus import Installed
from tests.bot.reports.fixtures.reports import PERIOD, report_for

Corpus = tuple[Database, Installed]
EMERGENCY = Scope(frozenset({"应急办"}))
PARTY = Scope(frozenset({"党政办"}))


def test_full_scope_totals_kinds_and_departments(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    with db.session() as s:
        report = report_for(s)
    assert (report.messages, report.notices, report.kind_count("chatter")) == (26, 22, 4)
    kinds = {kind: report.kind_count(kind) for kind in report.kinds}
    assert kinds == {"report": 5, "meeting": 2, "task": 4, "checkin": 7, "notice": 4, "chatter": 4}
    assert [(d.department, d.notices, d.messages) for d in report.departments] == [
        ("党政办", 13, 16),
        ("应急办", 8, 9),
        (None, 1, 1),
    ]
    assert report.coverage is None


def test_full_scope_duplicates_and_repeated_requests(corpus_db: Corpus) -> None:
    db, corpus = corpus_db
    with db.session() as s:
        report = report_for(s)
    assert (report.distinct, report.duplicates) == (14, 8)
    assert report.duplicate_rate == pytest.approx(22 / 14)
    n = corpus.notices
    assert [r.cluster_id for r in report.repeated] == [n["n02"], n["n00"], n["n13"], n["n09"]]
    assert sum(1 for r in report.repeated if r.requesters > 1) == 3
    assert (report.kinds["checkin"].messages, report.kinds["checkin"].distinct) == (7, 3)


def test_full_scope_days_hours_and_heatmap(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    with db.session() as s:
        timing = report_for(s).timing
    per_day = {day.isoformat(): sum(k.values()) for day, k in timing.per_day.items()}
    assert per_day == {"2026-11-13": 10, "2026-11-14": 4, "2026-11-15": 2, "2026-11-16": 6}
    assert timing.per_day[date(2026, 11, 13)] == {
        "notice": 1,
        "checkin": 3,
        "report": 3,
        "meeting": 1,
        "task": 2,
    }
    assert (timing.off_hours, timing.rest_days) == (14, 6)
    friday, saturday, sunday, monday = (
        timing.heatmap[4],
        timing.heatmap[5],
        timing.heatmap[6],
        timing.heatmap[0],
    )
    assert {h: c for h, c in enumerate(friday) if c} == {
        0: 1,
        7: 2,
        8: 1,
        9: 1,
        10: 1,
        14: 1,
        17: 2,
        21: 1,
    }
    assert {h: c for h, c in enumerate(saturday) if c} == {9: 3, 11: 1}
    assert {h: c for h, c in enumerate(sunday) if c} == {20: 2}
    assert {h: c for h, c in enumerate(monday) if c} == {8: 1, 9: 2, 11: 1, 16: 1, 23: 1}
    assert sum(map(sum, timing.heatmap)) == 22


def test_full_scope_burden(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    with db.session() as s:
        burden = report_for(s).burden
    assert burden == Burden(3, 4.0, 0.75, 50, 14)
    assert burden.saved_share == pytest.approx(1 - 14 / 50)


def test_scoped_supervisor_sees_only_their_department(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    with db.session() as s:
        report = report_for(s, EMERGENCY)
    assert report.coverage == "应急办"
    assert [g.title for g in report.groups] == ["镇应急管理群"]
    assert (report.messages, report.notices, report.duplicates) == (9, 8, 0)
    assert report.duplicate_rate == 1.0 and report.repeated == []
    assert (report.timing.off_hours, report.timing.rest_days) == (5, 2)
    assert report.share(report.timing.off_hours) == pytest.approx(0.625)
    assert (report.kinds["checkin"].messages, report.kinds["checkin"].distinct) == (3, 3)
    assert report.burden == Burden(2, 2.25, 0.875, 18, 7)


def test_scope_with_two_groups_recounts_duplicates(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    with db.session() as s:
        report = report_for(s, PARTY)
    assert (report.messages, report.notices, report.distinct) == (16, 13, 9)
    assert report.duplicate_rate == pytest.approx(13 / 9)
    assert {g.title: g.duplicate_copies for g in report.groups} == {
        "镇党政办工作群": 1,
        "青石村两委群": 3,
    }
    assert [(r.copies, r.requesters) for r in report.repeated] == [(3, 1), (2, 1), (2, 1)]


def test_target_narrows_to_a_group_or_a_department(corpus_db: Corpus) -> None:
    db, corpus = corpus_db
    with db.session() as s:
        by_title = report_for(s, target="青石村")
        by_department = report_for(s, target="应急办")
        scoped_by_title = report_for(s, PARTY, target="工作群")
    assert by_title.coverage == "青石村两委群" and by_title.messages == 7
    assert by_department.coverage == "应急办" and by_department.notices == 8
    # "工作群" also names 驻村工作队群, which has no department: outside the scope
    assert [g.title for g in scoped_by_title.groups] == ["镇党政办工作群"]
    assert scoped_by_title.coverage == "镇党政办工作群"
    assert corpus.groups["G1"] == scoped_by_title.groups[0].group_id


@pytest.mark.parametrize(
    ("scope", "target"), [(Scope(), "财政局"), (EMERGENCY, "党政办"), (EMERGENCY, "青石村")]
)
def test_targets_outside_scope_look_unknown(corpus_db: Corpus, scope: Scope, target: str) -> None:
    db, _ = corpus_db
    with db.session() as s, pytest.raises(ReportError) as caught:
        resolve_slice(s, scope, Request(PERIOD, target))
    assert caught.value.key == "no_target"
    assert target in caught.value.describe("zh")


def test_overlaps_rank_pairs_by_share_in_common(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    with db.session() as s:
        part, _ = resolve_slice(s, Scope(), Request(PERIOD))
        lines = build_overlaps(s, part)
        scoped_part, _ = resolve_slice(s, EMERGENCY, Request(PERIOD))
        scoped = build_overlaps(s, scoped_part)
    assert [(line.first_title, line.second_title, line.shared) for line in lines] == [
        ("镇党政办工作群", "青石村两委群", 3),
        ("镇应急管理群", "青石村两委群", 3),
        ("镇党政办工作群", "镇应急管理群", 3),
    ]
    assert [round(line.jaccard, 3) for line in lines] == [0.333, 0.3, 0.25]
    assert [round(line.containment, 3) for line in lines] == [0.6, 0.6, 0.429]
    assert scoped == []  # one group alone overlaps with nothing


def test_an_empty_period_reports_zeros_not_errors(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    quiet = type(PERIOD)(date(2026, 12, 1), date(2026, 12, 2), PERIOD.zone)
    with db.session() as s:
        report = report_for(s, period=quiet)
    assert (report.messages, report.notices, report.duplicate_rate) == (0, 0, None)
    assert report.share(0) is None and report.repeated == []
    assert report.burden == Burden(3, 0.0, 0.0, 0, 0) and report.burden.saved_share is None


def test_burden_medians_use_every_cadre() -> None:
    burden = Burden.of({1: 10, 2: 0, 3: 4, 4: 6}, {1: 2, 3: 1, 9: 50}, days=2)
    assert burden == Burden(4, 2.5, 0.25, 20, 3)  # cadre 9 is not a reader here
    assert Burden.of({}, {1: 3}, days=7) == Burden(0, 0.0, 0.0, 0, 0)
