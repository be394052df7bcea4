"""Copies of one notice as it travels between groups.

People forward a notice verbatim with 【转发】 or "请各村落实！", trim its
contact line, quote it inside their own words, reorder its numbered points,
paste a traditional-character version, or retype it for their own group with
the due time worded against *their* posting date. All of these stay one
cluster; the due moment never changes, only its wording.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import datetime
from functools import cache

import opencc

from corpusgen.records import Chat
from corpusgen.render import Instance, Rendered, render

__all__ = ["Frames", "forward", "make_copy", "retouch", "to_traditional"]

Frames = dict[str, list[str]]
_NUMBERED = re.compile(r"^(\d+[.、]|[一二三四五六七八九十]+、|（\d+）)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    """The traditional-character version some cadres' phones paste."""
    return str(_converter().convert(text))


def _protected(text: str, phrases: dict[str, str]) -> set[int]:
    keep: set[int] = set()
    for phrase in phrases.values():
        start = text.find(phrase)
        if start >= 0:
            keep.update(range(start, start + len(phrase)))
    return keep


def retouch(rng: random.Random, text: str, lang: str, phrases: dict[str, str]) -> str:
    """A light edit: punctuation, a dropped or doubled character, an emoji."""
    roll = rng.random()
    if roll < 0.35 and lang != "en":
        return text.replace("，", ",", rng.randint(1, 3)).replace("：", ":", 1).rstrip("。")
    if roll < 0.7:
        safe = _protected(text, phrases)
        spots = [i for i, ch in enumerate(text) if i not in safe and
                 (_CJK.match(ch) if lang != "en" else ch.isalpha())]
        if spots:
            i = rng.choice(spots)
            return text[:i] + (text[i] * 2 if rng.random() < 0.4 else "") + text[i + 1:]
    return text + rng.choice(["🙏", "‼️", "!", "👆", "～", " 🙏🙏"])


def _options(frames: Frames, section: str, asks: bool) -> list[str]:
    """Frames of one section; those that add a demand only when the notice asks one."""
    return frames[section] + (frames.get(f"{section} ask", []) if asks else [])


def _frame(rng: random.Random, frames: Frames, lang: str, text: str, org: str,
           asks: bool) -> str:
    prefixes = [p.replace("{org}", org or "县里") for p in _options(frames, f"prefix {lang}", asks)]
    suffixes = _options(frames, f"suffix {lang}", asks)
    roll = rng.random()
    if roll < 0.55:
        prefix = rng.choice(prefixes)
        return prefix + ("\n" if prefix.endswith(("：", ":")) and rng.random() < 0.4 else "") + text
    if roll < 0.85:
        return text + rng.choice(suffixes)
    return rng.choice(prefixes) + text + rng.choice(suffixes)


def _trim(text: str, phrases: dict[str, str]) -> str | None:
    """Drop the last line, or else the last sentence, if the due wording survives."""
    lines = text.split("\n")
    candidates = ["\n".join(lines[:-1])] if len(lines) > 1 else []
    sentences = [s for s in re.split(r"(?<=[。！!])", text) if s.strip()]
    if len(sentences) > 1:
        candidates.append("".join(sentences[:-1]))
    for shorter in candidates:
        if len(shorter) >= 12 and all(p in shorter for p in phrases.values()):
            return shorter
    return None


def _reorder(rng: random.Random, text: str) -> str | None:
    """The numbered points in another order, numbers left in place."""
    lines = text.split("\n")
    found = [(i, m.group(0)) for i, line in enumerate(lines) if (m := _NUMBERED.match(line))]
    if len(found) < 2:
        return None
    numbered, marks = [i for i, _ in found], [mark for _, mark in found]
    bodies = [lines[i][len(m):] for i, m in zip(numbered, marks, strict=True)]
    if len(set(bodies)) < 2:
        return None
    shuffled = bodies[:]
    while shuffled == bodies:
        rng.shuffle(shuffled)
    for i, mark, body in zip(numbered, marks, shuffled, strict=True):
        lines[i] = mark + body
    return "\n".join(lines)


def _quote(rng: random.Random, frames: Frames, lang: str, text: str, org: str,
           asks: bool) -> str:
    frame = rng.choice(_options(frames, f"quote {lang}", asks))
    # an English group forwards from its own head office, not from a 上级
    return frame.replace("{org}", org or ("上级" if lang == "zh" else "head office")).replace(
        "{text}", text
    )


def forward(rng: random.Random, text: str, lang: str, frames: Frames, org: str,
            asks: bool) -> str:
    """A verbatim forward: with a prefix or suffix, quoted, traditional, or bare.
    ``asks`` is false for notices, which must not gain a demand on the way."""
    kind = rng.choices(["frame", "quote", "trad", "plain"],
                       [60, 15, 10 if lang == "zh" else 0, 15])[0]
    if kind == "quote":
        return _quote(rng, frames, lang, text, org, asks)
    if kind == "trad":
        return to_traditional(_frame(rng, frames, lang, text, org, asks))
    return text if kind == "plain" else _frame(rng, frames, lang, text, org, asks)


def _verbatim(rng: random.Random, instance: Instance, first: Rendered, frames: Frames,
              org: str) -> str:
    """The first posting's own text, framed, trimmed, quoted, reordered or converted."""
    lang, base = instance.family.lang, first.text
    asks = instance.family.kind != "notice"
    trim = 0 if instance.family.cue else 14
    kind = rng.choices(["frame", "trim", "quote", "reorder", "trad", "plain"],
                       [40, trim, 12, 8, 8 if lang == "zh" else 0, 10])[0]
    changed: str | None = None
    if kind == "trim":
        changed = _trim(base, first.phrases)
    elif kind == "reorder":
        changed = _reorder(rng, base)
    elif kind == "quote":
        changed = _quote(rng, frames, lang, base, org, asks)
    elif kind == "trad":
        changed = to_traditional(_frame(rng, frames, lang, base, org, asks))
    elif kind == "plain":
        changed = base
    return changed or _frame(rng, frames, lang, base, org, asks)


def make_copy(rng: random.Random, instance: Instance, first: Rendered, origin: Chat,
              chat: Chat, sent: datetime, frames: Frames) -> str:
    """One more posting of ``instance`` in ``chat`` at ``sent``."""
    lang, org = instance.family.lang, instance.slots["org"]
    again = render(rng, instance, origin, sent, keep=first.phrases)
    verbatim = again.phrases == first.phrases
    roll = rng.random()
    if verbatim and roll < 0.62:
        return _verbatim(rng, instance, first, frames, org)
    if len(instance.family.forms) > 1 and roll < 0.85:
        other = replace(instance, form=rng.randrange(1, len(instance.family.forms)))
        return render(rng, other, chat, sent, fresh_people=True).text
    fresh = render(rng, instance, chat, sent, fresh_people=True)
    return retouch(rng, fresh.text, lang, fresh.phrases)
