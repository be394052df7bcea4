"""What says a message chases an earlier one: the cue that lets a chase share little
wording with its notice and take the notice's due at ingest."""

from __future__ import annotations

import pytest

from nlp.dedup import chases


@pytest.mark.parametrize(
    "text",
    [
        "@207班-农老师 表呢？",
        "上洞 岩口 这周的探访表呢",
        "名单呢 今天要交",
        "Malanday yours?",
        "Jun, yours?",
        "still missing Wards 2 and 6",
        "还差三个村没报",
    ],
)
def test_a_thing_owed_asked_after_is_a_chase(text: str) -> None:
    assert chases(text), text


@pytest.mark.parametrize(
    "text",
    ["你呢？", "表格模板在群文件里", "Is this one yours?", "is it yours?", "今天吃什么呢"],
)
def test_questions_that_ask_after_nothing_owed_are_no_chase(text: str) -> None:
    assert not chases(text), text
