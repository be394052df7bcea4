"""Material edits against cosmetic ones."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.corrections import is_material_edit

MON = datetime(2026, 12, 7, 7, 0, tzinfo=UTC)
TUE = datetime(2026, 12, 8, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("周三下午3点在二楼会议室开会", "周三下午3点在二楼会议室开会。"),
        ("请于周五前报送安全生产统计表", "请于周五前报送安全生产统计表！！"),
        ("请于周五前报送安全生产统汁表", "请于周五前报送安全生产统计表"),
        ("The briefing is in Room 4 at 3pm", "The briefing is in Room 4 at 3pm."),
        ("Please send the form by Fridya", "Please send the form by Friday"),
    ],
)
def test_typos_and_punctuation_are_cosmetic(old: str, new: str) -> None:
    assert not is_material_edit(old, new, MON, MON)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("周三下午3点在二楼会议室开会", "周三下午3点在三楼会议室开会"),
        ("请报送不少于20人的名单", "请报送不少于30人的名单"),
        ("明天上午的培训照常进行", "明天上午的培训取消"),
        ("The briefing is in Room 4", "The briefing is in Room 7"),
        ("The briefing is in the town hall", "The briefing is in the county office"),
    ],
)
def test_venue_figures_and_cancellations_are_material(old: str, new: str) -> None:
    assert is_material_edit(old, new, MON, MON)


def test_a_moved_due_moment_is_material() -> None:
    assert is_material_edit("周一开会", "周一开会", MON, TUE)
