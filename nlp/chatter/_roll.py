"""A roll call by place names: the villages or teams still behind, named bare.

A cadre chasing a request often types nothing but the names of the places still
owing it ("红崖 下坝"), or one asked after ("上弄呢"), sometimes with the thing owed
before or after them ("横幅照片 坡头 弄团", "坡头 弄团，台账"). Talk rarely looks
so, but its words can: a feeling, a colleague, a word every dictionary knows. Kept
apart from :mod:`nlp.chatter._keep`, which reads this beside its other reasons to keep.
"""

from __future__ import annotations

import re

import jieba

from nlp.chatter._chase_cues import NOT_NAMES
from nlp.normalize import normalize_text
from nlp.owed import OWED_THINGS

__all__ = ["asked_alone", "names_alone"]

# Places named bare, two and more set apart ("红崖 下坝", "坡头 弄团 那桃 上弄"), or one
# asked after ("上弄呢", "下街？"). Words of talk are no places: those of the list, a
# feeling ("好累", "冷死"), a colleague ("老王呢": where is he?), and words the dictionary
# knows well ("周末 愉快", "北京？"): village names mostly it does not.
_NAMES_ALONE = re.compile(
    r"\s*[\u4e00-\u9fff]{2}(?:[\s、,，]+[\u4e00-\u9fff]{2}){1,5}[\s?？呢]*"
    # or one asked after: "上弄呢", "上弄呢 人呢", "下街？"
    r"|\s*[\u4e00-\u9fff]{2}(?:呢|[?？])[\s?？]*(?:人呢[\s?？]*)?"
)
_TALK_WORD = re.compile(
    "(?:" + NOT_NAMES + ")$|^[好太真超很挺不没别我你他她咱老小阿]|[死了啊呀吧哦嘛呢吗的]$"
)
_KNOWN_WELL = 300
# The thing owed, said before the names or after them, set apart: "志愿服务计划 坡头 弄团",
# "坡头 弄团 那桃，横幅照片" (the names left must still be a roll)
_OWED_TOPIC = re.compile(
    rf"^\s*[\u4e00-\u9fff]{{0,6}}(?:{OWED_THINGS})[\s,，:：]+"
    rf"|[\s,，:：]+[\u4e00-\u9fff]{{0,6}}(?:{OWED_THINGS})[\s?？]*$"
)


def _bare_names(text: str) -> bool:
    if _NAMES_ALONE.fullmatch(text) is None:
        return False
    names = re.findall(r"[\u4e00-\u9fff]{2}", re.sub("[人]?呢", " ", text))
    if not names or any(_TALK_WORD.search(name) for name in names):
        return False
    jieba.dt.check_initialized()
    counts: dict[str, int] = jieba.dt.FREQ
    return min(counts.get(name, 0) for name in names) < _KNOWN_WELL


def names_alone(text: str) -> bool:
    """Whether ``text`` (normalised, lower-cased) names only places still behind, perhaps
    with the thing they owe (see the module docstring)."""
    if _bare_names(text):
        return True
    names = _OWED_TOPIC.sub(" ", text, count=1)
    return names != text and _bare_names(names.strip())


# A name or a thing asked after alone ("Moston?", "5 Cemerlang?", "Rh Jimbun?",
# "Mowing?", "房干事 情况说明？"): a roll call from the one whose request is open in
# its group, talk ("Biscuits?") from anyone else; the caller knows who asked what.
_ASKED_ALONE = re.compile(r"[^?？.!。！\n]{1,24}[?？]+")
_ASKED_WORDS = 4
# questions of talk, not of who is behind ("why?", "ok?", "真的吗？", "谁啊？")
_TALK_QUESTION = re.compile(
    r"吗|什么|啥|怎么|为什么|为啥|谁|哪|几点|多少"
    r"|^(?:what|why|who|how|when|where|really|ok|okay|sure|huh|seriously|is|are|do|does"
    r"|did|can|could|will|would|should|any|anyone|anybody)\b"
)


def asked_alone(text: str) -> bool:
    """Whether ``text`` (as received) asks after one name or thing and says nothing
    else (see above)."""
    folded = normalize_text(text).strip().lower()
    if _ASKED_ALONE.fullmatch(folded) is None or _TALK_QUESTION.search(folded):
        return False
    return len(folded.rstrip("?？ ").split()) <= _ASKED_WORDS
