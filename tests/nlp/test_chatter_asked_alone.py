"""A name or a thing asked after alone: a roll call when its sender's request is open
in the group (the caller decides that); questions of talk are none."""

from __future__ import annotations

import pytest

from nlp.chatter import asked_alone


@pytest.mark.parametrize(
    "text",
    [
        "Moston?",
        "5 Cemerlang?",
        "Rh Jimbun?",
        "Mowing?",
        "房干事 情况说明？",
        "Block C??",
        "二网格？",
    ],
)
def test_a_name_or_a_thing_asked_alone(text: str) -> None:
    assert asked_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "why?",
        "ok?",
        "真的吗？",
        "谁啊？",
        "What time is lunch?",
        "Can you send it again please?",
        "Moston done, Harpurhey next",
        "我们村的表格去年是哪个版本的，有人知道吗？",
        "Anyone seen my charger?",
    ],
)
def test_talk_and_longer_questions_are_not(text: str) -> None:
    assert not asked_alone(text)
