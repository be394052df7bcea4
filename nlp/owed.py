"""The things a request asks to be handed in, as a chase names them when it asks
after one ("@207班-农老师 表呢？", "大伟 走访记录呢").

Three readers need the same list: the duplicate matcher, for which a thing owed
asked after is a chase of the notice that asked for it; the chatter verdict, for
which it is evidence that a short message is no small talk; and the reading of
talk, for which work done by a time is the speaker's own unless a thing owed is
named ("名单两点前搞定" orders). One list keeps them from drifting apart.
"""

from __future__ import annotations

__all__ = ["OWED_THINGS", "OWED_THINGS_EN"]

# An alternation, for a regular expression's group.
OWED_THINGS = (
    "表|名单|材料|照片|视频|截图|台账|数据|回执|清单|报告|总结|记录|方案|计划|节目单|承诺书|回单"
)
# ... and in English, as office chases name them ("Kayla — counts?", "tracker?",
# "Sam — PAT certificates?"): whole words, plurals optional.
OWED_THINGS_EN = (
    r"counts?|figures|stats|numbers|forms?|lists?|sheets?|rota|returns?|audits?|timesheets?"
    r"|slips?|logs?|booking|survey|summar(?:y|ies)|trackers?|certificates?|certs|tall(?:y|ies)"
    r"|receipts|registers?"
)
