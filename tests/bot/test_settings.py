"""Settings changes: parsed from callback data, applied idempotently, refused when unsafe."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.settings import (
    Defaults,
    SettingsChange,
    change_values,
    effective_settings,
    in_quiet_hours,
    parse_change,
    render_section,
)
from bot.settings._fields import FIELDS, Field
from storage.models import Cadre

DEFAULTS = Defaults(("08:00", "17:30"), "Asia/Shanghai")


def _cadre(**values: object) -> Cadre:
    return Cadre(user_id=1, first_name="王", language_code="zh-hans", **values)


def _press(cadre: Cadre, data: str, default_times: tuple[str, ...] = DEFAULTS.times) -> bool:
    """Press a button: False when the change is refused (the row is then left alone)."""
    change = parse_change(data)
    assert change is not None
    values = change_values(cadre, change, default_times)
    if values is not None:
        cadre.sqlmodel_update(values)  # as storage's save_cadre_settings writes it
    return values is not None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("st:time:12:00:1", SettingsChange("time", "12:00", True)),
        ("st:time:08:00:0", SettingsChange("time", "08:00", False)),
        ("st:tz:Asia/Urumqi", SettingsChange("tz", "Asia/Urumqi")),
        ("st:quiet:22:00-07:00", SettingsChange("quiet", "22:00-07:00")),
        ("st:quiet:off", SettingsChange("quiet", "off")),
        ("st:group:-1001000000101:1", SettingsChange("group", "-1001000000101", True)),
        ("st:kind:checkin:1", SettingsChange("kind", "checkin", True)),
        ("st:lang:en", SettingsChange("lang", "en")),
    ],
)
def test_valid_callback_data(data: str, expected: SettingsChange) -> None:
    assert parse_change(data) == expected


@pytest.mark.parametrize(
    "data",
    [
        "",
        "st",
        "st:time:25:00:1",
        "st:tz:Mars/Base",
        "st:kind:x:1",
        "st:lang:fr",
        "st:group:abc:1",
        "st:quiet:late",
        "xx:lang:en",
        "st:nope:1",
    ],
)
def test_forged_or_stale_callback_data_is_refused(data: str) -> None:
    assert parse_change(data) is None


def test_pressing_the_same_button_twice_is_harmless() -> None:
    cadre = _cadre()
    assert _press(cadre, "st:time:12:00:1") and _press(cadre, "st:time:12:00:1")
    assert cadre.digest_times == ["08:00", "12:00", "17:30"]


def test_the_last_digest_time_cannot_be_removed() -> None:
    cadre = _cadre(digest_times=["08:00"])
    assert not _press(cadre, "st:time:08:00:0")
    assert cadre.digest_times == ["08:00"]


def test_mutes_and_language_override() -> None:
    cadre = _cadre()
    for data in ("st:group:-1001:1", "st:kind:checkin:1", "st:lang:en", "st:group:-1001:1"):
        assert _press(cadre, data, ())
    settings = effective_settings(cadre, DEFAULTS)
    assert settings.muted_groups == {-1001} and settings.muted_kinds == {"checkin"}
    assert settings.language == "en" and not settings.language_is_auto
    assert _press(cadre, "st:lang:auto", ())
    assert effective_settings(cadre, DEFAULTS).language == "zh"


def test_quiet_hours_are_set_and_cleared() -> None:
    cadre = _cadre()
    assert _press(cadre, "st:quiet:22:00-07:00")
    assert (cadre.quiet_start, cadre.quiet_end) == ("22:00", "07:00")
    assert _press(cadre, "st:quiet:off")
    assert (cadre.quiet_start, cadre.quiet_end) == (None, None)


def test_quiet_hours_across_midnight() -> None:
    settings = effective_settings(_cadre(quiet_start="22:00", quiet_end="07:00"), DEFAULTS)
    zone = ZoneInfo("Asia/Shanghai")
    assert in_quiet_hours(settings, datetime(2026, 11, 16, 23, 30, tzinfo=zone))
    assert in_quiet_hours(settings, datetime(2026, 11, 17, 6, 59, tzinfo=zone))
    assert not in_quiet_hours(settings, datetime(2026, 11, 17, 7, 0, tzinfo=zone))
    assert not in_quiet_hours(
        effective_settings(_cadre(), DEFAULTS), datetime(2026, 11, 16, 23, 30, tzinfo=zone)
    )


def test_unknown_stored_timezone_falls_back_to_the_default() -> None:
    assert effective_settings(_cadre(timezone="Gone/Zone"), DEFAULTS).timezone == "Asia/Shanghai"


def test_screens_show_state_and_stay_within_callback_limits() -> None:
    cadre = _cadre(digest_times=["08:00"], muted_kinds=["checkin"])
    settings = effective_settings(cadre, DEFAULTS)
    groups = [(-1001000000101, "青石镇党政办工作群<测试>")]
    for section in ("main", "times", "tz", "quiet", "lang", "groups", "kinds"):
        text, keyboard = render_section(settings, section, groups)
        assert text.startswith("<b>⚙️ 我的设置</b>")
        for row in keyboard.inline_keyboard:
            for button in row:
                assert button.callback_data is not None
                assert len(str(button.callback_data).encode()) <= 64
    _, times = render_section(settings, "times", groups)
    labels = [b.text for row in times.inline_keyboard for b in row]
    assert "✅ 08:00" in labels and "12:00" in labels


@pytest.mark.parametrize("field", FIELDS, ids=lambda field: field.name)
def test_every_button_of_every_screen_parses_back_into_its_own_change(field: Field) -> None:
    """The keyboard and the change logic read one table: what a screen offers, a press takes."""
    settings = effective_settings(_cadre(muted_kinds=["checkin"], muted_groups=[-1001]), DEFAULTS)
    groups = [(-1001, "党政办群"), (-1002, "网格员群")]
    _, keyboard = render_section(settings, field.screen, groups)
    buttons = [b for row in keyboard.inline_keyboard[:-1] for b in row]  # all but « Back
    assert buttons
    for button in buttons:
        change = parse_change(str(button.callback_data))
        assert change is not None and change.field == field.name
        if field.multi:
            # a set-like button turns its value to the opposite of what it shows
            assert change.on != button.text.startswith(field.marks[0])
