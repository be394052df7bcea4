"""Dates stated as background: nobody is asked to act by them.

The format's Due section counts only the moments a reader must act by; the
corpus README lists what else a notice dates (rosters, opening hours,
progress forecasts, weather, times still to be announced, campaigns told to
the public, events held for residents). Each rule here reads the words
around one expression and names why it is no due, or returns None.

The rules are narrow on purpose, because such words share messages with
real deadlines ("明天有雨，各村今晚8点前把大棚加固情况报上来"): a deadline
(前, 截止, by) is only ever dropped as a forecast, weather is judged in the
expression's own clause, and a clause or sentence that asks something keeps
its dates.
"""

from __future__ import annotations

from nlp.due import _patterns as pat
from nlp.due._types import Role

__all__ = ["background", "campaign_range"]

_FORECAST_LOOK_BEHIND = 40  # "expected to be completed by " is 28 characters
_CLAUSE_ENDS = ",;。!?\n"


def _clause(text: str, start: int, end: int) -> str:
    left = max(text.rfind(mark, 0, start) for mark in _CLAUSE_ENDS) + 1
    rights = [i for i in (text.find(mark, end) for mark in _CLAUSE_ENDS) if i >= 0]
    return text[left : min(rights, default=len(text))]


def _asks(passage: str) -> bool:
    return bool(pat.ASK.search(passage))


def _forecast(text: str, end: int, before: str) -> bool:
    if pat.FORECAST_BEFORE_EN.search(before):
        return True
    return bool(pat.FORECAST_BEFORE.search(before) and pat.PROGRESS_AFTER.match(text, end))


def background(text: str, start: int, end: int, role: Role, sentence: str) -> str | None:
    """Why the expression at ``text[start:end]`` is background, or None.

    ``sentence`` is the sentence that holds it, as the other drop rules read it.
    """
    before = text[max(0, start - _FORECAST_LOOK_BEHIND) : start]
    if _forecast(text, end, before):
        return "forecast"  # "预计12月20日前完工": even a 前 is the works' date, not the reader's
    if role is Role.DEADLINE:
        # "本周末值班：周六 小蒋…": the weekend heads a roster, it is no 本周内
        return "roster" if pat.ROSTER.match(text, end) else None
    clause = _clause(text, start, end)
    if pat.WEATHER.search(clause) and not _asks(clause):
        return "weather"
    if pat.ROSTER.search(text) and not _asks(sentence):
        return "roster"
    if pat.TO_BE_ANNOUNCED.search(sentence):
        return "to-be-announced"
    if pat.PUBLIC_EVENT.search(sentence) and not _asks(sentence):
        return "public-event"
    if pat.CAMPAIGN_START_BEFORE.search(before) and not _asks(sentence):
        return "campaign"  # "即日起至12月31日开展…专项行动"
    return None


def campaign_range(sentence: str) -> bool:
    """A range that only dates a campaign told to the public: "11月20日至12月20日开展…专项行动"."""
    return bool(pat.CAMPAIGN.search(sentence)) and not _asks(sentence)
