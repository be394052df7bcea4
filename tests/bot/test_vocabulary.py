"""The kinds are defined once (nlp.types.Kind); every table keyed by kind covers them all."""

from __future__ import annotations

from bot.digests._model import SECTIONS, Section
from bot.digests._strings import DIGEST_STRINGS, SECTION_ICONS
from bot.i18n import KIND_LABELS
from bot.reports._charts import _COLORS
from bot.reports._model import ALL_KINDS
from bot.settings._fields import FIELDS
from nlp.types import NOTICE_KINDS, Kind


def test_notice_kinds_are_every_kind_but_chatter_in_display_order() -> None:
    assert tuple(k.value for k in Kind)[:-1] == NOTICE_KINDS
    assert Kind.CHATTER.value not in NOTICE_KINDS
    assert (*NOTICE_KINDS, Kind.CHATTER.value) == ALL_KINDS


def test_digest_sections_are_to_dos_urgent_then_each_kind() -> None:
    assert (Section.TODO, Section.URGENT, *NOTICE_KINDS) == SECTIONS
    for lang, strings in DIGEST_STRINGS.items():
        assert {Section.TODO.value, Section.URGENT.value} <= strings.keys(), lang


def test_every_kind_has_a_label_an_icon_and_a_colour() -> None:
    for lang, labels in KIND_LABELS.items():
        assert set(labels) == {k.value for k in Kind}, lang
    assert set(SECTION_ICONS) == set(NOTICE_KINDS)
    assert set(_COLORS) == set(NOTICE_KINDS)


def test_each_setting_has_its_words_in_every_language() -> None:
    from bot.settings import SETTINGS_STRINGS

    names = [field.name for field in FIELDS]
    assert len(set(names)) == len(names)
    for lang, strings in SETTINGS_STRINGS.items():
        for field in FIELDS:
            for key in (field.screen, f"btn_{field.screen}", f"pick_{field.screen}"):
                assert key in strings, (lang, key)
