"""Charts are valid PNG files drawn with a font that has every glyph they use."""

from __future__ import annotations

import dataclasses
import struct
from datetime import date
from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from matplotlib import image

from bot.reports import Chart, Period, Report, chart_font, render_charts
from storage.database import Database
from storage.repository import GroupVolume
from tests.bot.reports.fixtures.corpus import Installed
from tests.bot.reports.fixtures.reports import PERIOD, report_for

Corpus = tuple[Database, Installed]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@cache
def cmap_of(path: str) -> frozenset[int]:
    """The font's characters, read with fontTools rather than matplotlib."""
    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE), "not a PNG file"
    length, chunk = struct.unpack(">I4s", data[8:16])
    assert (length, chunk) == (13, b"IHDR")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def assert_drawable(chart: Chart) -> None:
    assert chart.font_files == {str(chart_font().path)}
    assert Path(next(iter(chart.font_files))).name == "NotoSansCJKsc-Regular.otf"
    codepoints = cmap_of(next(iter(chart.font_files)))
    missing = {
        c for text in chart.texts for c in text if not c.isspace() and ord(c) not in codepoints
    }
    assert not missing, f"{chart.name} draws characters its font lacks: {missing}"


def assert_valid_png(chart: Chart) -> None:
    width, height = png_size(chart.png)
    assert width > 0 and height > 0
    pixels = image.imread(BytesIO(chart.png), format="png")
    assert pixels.shape[:2] == (height, width)
    assert pixels.std() > 0  # something was drawn


@pytest.fixture(scope="module")
def report(corpus_db: Corpus) -> Report:
    db, _ = corpus_db
    with db.session() as s:
        return report_for(s)


def test_three_valid_pngs_with_chinese_labels(report: Report) -> None:
    charts = render_charts(report, "zh")
    assert [chart.name for chart in charts] == ["volume", "after_hours", "duplicates"]
    for chart in charts:
        assert_valid_png(chart)
        assert_drawable(chart)
        assert any("\u4e00" <= c <= "\u9fff" for text in chart.texts for c in text)
    volume, heatmap, duplicates = (set(chart.texts) for chart in charts)
    assert {"每日通知量（按类别）", "报送", "打卡", "11-14\n周六"} <= volume
    assert {"周一", "周日", "小时"} <= heatmap
    assert {"青石村两委群", "镇应急管理群", "镇党政办工作群", "4", "3", "1"} <= duplicates
    assert "2026-11-13 – 2026-11-16" in charts[0].caption


def test_glyphs_the_font_lacks_are_left_out(report: Report) -> None:
    odd = GroupVolume(99, "🔥应急$值班群😀", "应急办", 3, 3, 9)
    charts = render_charts(dataclasses.replace(report, groups=[*report.groups, odd]), "en")
    duplicates = charts[2]
    assert_drawable(duplicates)
    assert r"应急\$值班群" in duplicates.texts  # no emoji, and "$" is not taken for mathtext
    assert "Groups with the most duplicate copies" in duplicates.texts


def test_an_empty_period_still_gives_valid_charts(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    with db.session() as s:
        empty = report_for(s, period=Period(date(2026, 12, 1), date(2026, 12, 3), PERIOD.zone))
    charts = render_charts(empty, "zh")
    for chart in charts:
        assert_valid_png(chart)
        assert_drawable(chart)
    assert "这段时间没有通知" in charts[0].texts
    assert "这段时间没有重复推送" in charts[2].texts


def test_long_periods_thin_out_the_day_labels(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    months = Period(date(2026, 8, 1), date(2026, 11, 30), PERIOD.zone)
    with db.session() as s:
        volume = render_charts(report_for(s, period=months), "zh")[0]
    assert_valid_png(volume)
    day_labels = [text for text in volume.texts if "\n" in text]
    assert 10 <= len(day_labels) <= 16
