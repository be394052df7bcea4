"""Patterns opened with a lookahead of their first characters match as written."""

from __future__ import annotations

import re

import pytest

from nlp import corrections, kind_cues, urgency
from nlp.chatter import _keep, _talk
from nlp.dedup import _cues
from nlp.leading import first_chars, led

TEXTS = [
    "",
    "再提醒一下，还有3个村没交台账，请尽快报送。",
    "请各村于11月20日前报送秸秆禁烧台账，联系人：张三 13812345678",
    "Reminder: still missing Wards 2 and 6, 3 of 7 in so far. Don't forget!",
    "会议改到下午3点，地点改在三楼会议室，不是二楼了",
    "另外，消防检查也是今天下午4点前",
    "收到👌",
    "Room 204 moved to Hall B; the fire drill is postponed.",
    "ABC DEF 紧急！立即撤离",
]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bfoo|bar", 0),
        (r"a?b|\d+x", 0),
        (r"(?<![修更])改(?=\d)|挪到", 0),
        (r"^\W*(?:另外|还有)|不是一回事", re.MULTILINE),
        (r"\bHALL\b|room \d+", re.IGNORECASE),
        (r"(?:x|\s)+y", 0),
    ],
)
def test_led_patterns_match_as_written(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), led(pattern, flags)
    for text in TEXTS + [text.lower() for text in TEXTS]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_project_patterns_match_as_written() -> None:
    modules = (_cues, urgency, corrections, _talk, _keep)
    patterns = [v for m in modules for v in vars(m).values() if isinstance(v, re.Pattern)]
    for named in (kind_cues._COMPILED, _keep._KEEP_PATTERNS, _talk._TALK_PATTERNS):
        patterns += [pattern for _, pattern in named]
    led_ones = [p for p in patterns if p.pattern.startswith("(?=[")]
    assert led_ones, "no pattern is led: the speed-up is gone"
    for pattern in led_ones:
        inner = pattern.pattern.split(")(?:", 1)[1][:-1]
        plain = re.compile(inner, pattern.flags)
        for text in TEXTS + [text.lower() for text in TEXTS]:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


def test_no_lookahead_where_it_cannot_be_said() -> None:
    assert first_chars(re.compile(r"a*")) is None  # may match nothing
    assert first_chars(re.compile(r".b")) is None  # starts anywhere
    assert first_chars(re.compile(r"[^a]b")) is None  # a negated class
    assert first_chars(re.compile(r"(?i:a)b")) is None  # case folded inside only
    assert led(r"abc|abd").pattern == r"abc|abd"  # the engine scans for a literal itself
