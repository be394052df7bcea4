"""Talk that trips a keep cue stays chatter; the notices that look like it stay kept
(issue 12: chatter is a verdict that needs evidence, and where unsure, keep)."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.normalize import normalize_text
from nlp.types import Kind

# sure it is chatter, some other kind a distant second: what the keep rules exist for
FOOLED = {
    "report": 0.05,
    "meeting": 0.02,
    "task": 0.05,
    "checkin": 0.01,
    "notice": 0.02,
    "chatter": 0.85,
}


def verdict(text: str) -> Kind:
    return settle_kind(FOOLED, normalize_text(text), text, has_due=False, sure=0.6).kind


@pytest.mark.parametrize(
    "text",
    [
        "在门口找车位 马上上来",
        "刚到家 马上发你",
        "在核东片最后两户了 马上",
        "马上马上，会计在算",
        "马上 先把门锁上",
        "钥匙落办公室了，马上回去拿",
        "刚开完会，马上填",
        "我忘点提交了，马上",
    ],
)
def test_the_speakers_own_haste_said_of_the_work_in_hand_stays_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    ["你们马上过去", "大家马上到", "请马上报", "名单马上报上来", "三组 马上", "后山冒烟了 马上"],
)
def test_haste_asked_of_others_is_still_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER
