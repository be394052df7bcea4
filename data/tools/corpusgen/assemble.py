"""Templated notices: instances of each family, their copies and hard negatives.

For every family a handful of notices are drawn (entry, group, sent time, due
time). Some travel to other groups as copies (one cluster), some get a sibling
that reuses the template but changes what matters (another date, village,
place, figure or name list: a different notice), and a few recur weekly with a
new due each time. Everything a family produces shares the family's unit, so
the split can keep a phrasing out of training when it is kept for testing.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from corpusgen.chatter import acknowledgements
from corpusgen.clock import (
    END,
    in_grey_zone,
    is_urgent,
    sample_deadline,
    sample_event,
    sample_hours,
    sample_sent,
)
from corpusgen.copies import make_copy
from corpusgen.library import Library
from corpusgen.records import Chat, Draft, Family
from corpusgen.render import MAX_CHARS, Instance, render, slots_used
from corpusgen.slots import base_slots, person_name

__all__ = ["family_drafts"]

_VARIABLE = ("village", "place", "n", "n2", "pct", "money", "names", "usd", "bg_date",
             "bg_en")
ACK_WEIGHTS = {"zh": (91, 5, 3, 1, 0), "en": (93, 5, 2, 0, 0)}


def _due(rng: random.Random, family: Family, sent: datetime) -> datetime | None:
    """Urgent-worded families are due soon (within two days); trap families never
    within two hours; nothing is due within two hours of a late-night post."""
    office = 7 <= sent.hour < 19
    if family.timing == "deadline":
        soon = (0.4 if family.cue else 0.07) * office
        return sample_deadline(rng, sent, soon, calm=family.trap, horizon=2 if family.cue else 30)
    if family.timing == "event":
        soon = (0.8 if family.cue else 0.03) * office
        return sample_event(rng, sent, soon, calm=family.trap, horizon=1 if family.cue else 14)
    if family.timing == "hours":
        return sample_hours(rng, sent)
    return None


def _decor(rng: random.Random, instance: Instance, library: Library, sent: datetime) -> None:
    used, lang = slots_used(instance), instance.family.lang
    head = instance.slots["greet"] if "greet" not in used and rng.random() < 0.15 else ""
    if head and not head.endswith(("：", ":", " ", "\n")):
        head += "\n"
    tail = ""
    if not used & {"contact", "phone"} and rng.random() < 0.15:
        tail += "\n" + instance.slots["contact"]
    if "att" not in used and instance.family.kind in ("report", "notice") and rng.random() < 0.25:
        tail += "\n" + instance.slots["att"]
    if rng.random() < 0.04:
        tail += rng.choice(["🙏", "‼️", "📢", "🔔", "💪"])
    instance.decor = {"head": head, "tail": tail}
    calm = instance.family.kind == "notice" or instance.family.cue or instance.family.trap
    near = instance.due is None or instance.due - sent <= timedelta(days=2)
    if not calm and near and rng.random() < 0.06:
        instance.lead = rng.choice(library.frames[f"urgent {lang}"])


def _instance(rng: random.Random, library: Library, family: Family) -> tuple[Instance, Chat,
                                                                          datetime]:
    entry = rng.choice(library.pools[family.pool])
    chat = rng.choice(library.chats_for(family.lang, entry.topic))
    sent = sample_sent(rng)
    while family.timing == "hours" and not 8 <= sent.hour < 17:
        sent = sample_sent(rng, sent.date())
    slots = base_slots(rng, chat, entry, sent, family.lang, library.pools)
    instance = Instance(family, entry, slots, _due(rng, family, sent))
    _decor(rng, instance, library, sent)
    return instance, chat, sent


def _sender(rng: random.Random, chat: Chat) -> str:
    weights = [max(1, 6 - i) for i in range(len(chat.members))]
    return rng.choices(chat.members, weights)[0]


def _copy_slot(rng: random.Random, sent: datetime, due: datetime | None) -> datetime | None:
    for _ in range(6):
        roll = rng.random()
        if roll < 0.4:
            later = sent + timedelta(minutes=rng.randint(1, 20))
        elif roll < 0.75:
            later = sent + timedelta(minutes=rng.randint(20, 180))
        elif roll < 0.87:
            later = sent + timedelta(minutes=rng.randint(180, 480))
        else:
            morning = datetime.combine(sent.date() + timedelta(days=1), datetime.min.time(),
                                       sent.tzinfo)
            later = morning + timedelta(minutes=rng.randint(7 * 60 + 30, 10 * 60))
        if later.date() <= END and (due is None or later <= due - timedelta(minutes=15)) \
                and not in_grey_zone(later, due):
            return later
    return None


def _draft(instance: Instance, chat: Chat, sender: str, sent: datetime, text: str,
           unit: str) -> Draft:
    cue = instance.family.cue or bool(instance.lead)
    return Draft(chat=chat, sender=sender, sent=sent, text=text, kind=instance.family.kind,
                 urgent=is_urgent(cue, sent, instance.due), due=instance.due, unit=unit,
                 origin=f"family:{instance.family.name}", lang=instance.family.lang)


def _copy_chats(library: Library, instance: Instance, chat: Chat) -> list[Chat]:
    """Other groups the notice would travel to: same topic, else same language."""
    lang = instance.family.lang
    topical = [c for c in library.chats_for(lang, instance.entry.topic) if c != chat]
    if len(topical) >= 2:
        return topical
    return topical + [c for c in library.chats_for(lang, "any") if c != chat and
                      c not in topical and c.lang != "mix"][:4]


def _post(rng: random.Random, library: Library, instance: Instance, chat: Chat,
          sent: datetime, key: str, copy_share: float) -> list[Draft]:
    unit = f"family:{instance.family.name}"
    first = render(rng, instance, chat, sent)
    posts = [_draft(instance, chat, _sender(rng, chat), sent, first.text, unit)]
    if rng.random() < copy_share:
        count = rng.choices((1, 2, 3, 4, 5), (45, 27, 15, 8, 5))[0]
        others = _copy_chats(library, instance, chat)
        at, reposted = sent, False
        for _ in range(count):
            nxt = _copy_slot(rng, at, instance.due)
            if nxt is None:
                break
            target = rng.choice(others)
            if not reposted and rng.random() < 0.08:
                target, reposted = chat, True
            text = make_copy(rng, instance, first, chat, target, nxt, library.frames)
            text = text if len(text) <= MAX_CHARS else first.text
            posts.append(_draft(instance, target, _sender(rng, target), nxt, text, unit))
            at = nxt if rng.random() < 0.5 else at
    if len(posts) > 1:
        for post in posts:
            post.cluster = key
            post.tags.add("copy")
    return posts


def _new_due(rng: random.Random, instance: Instance, later: datetime) -> datetime | None:
    old = instance.due
    for _ in range(50):
        due = _due(rng, instance.family, later)
        if due != old and (old is None or due is None or due.date() != old.date()
                           or rng.random() < 0.3):
            return due
    raise ValueError(f"{instance.family.name}: no other due time after {later}")


def _sibling(rng: random.Random, instance: Instance, sent: datetime) -> tuple[Instance,
                                                                            datetime, str]:
    """The same template with one thing that matters changed."""
    changeable = [s for s in _VARIABLE if s in slots_used(instance)]
    if instance.due is not None:
        changeable.append("due")
    change = rng.choice(changeable)
    later = sent + timedelta(minutes=rng.randint(30, 4 * 24 * 60))
    due = instance.due
    if change == "due" or (due is not None and later >= due - timedelta(minutes=30)):
        due = _new_due(rng, instance, later)
    slots = dict(instance.slots)
    if change != "due":
        for _ in range(50):
            slots[change] = _REDRAW[change](rng, instance)
            if slots[change] != instance.slots[change]:
                break
        else:
            raise ValueError(f"{instance.family.name}: cannot vary {change}")
    return replace(instance, slots=slots, due=due), later, change


def _names(rng: random.Random, instance: Instance) -> str:
    lang = instance.family.lang
    return (", " if lang == "en" else "、").join(person_name(rng, lang) for _ in range(4))


def _later_day(rng: random.Random, old: str) -> str:
    """Move a background date by a few days, keeping its format."""
    match = re.match(r"(\D*?\d+月|)(\d+)(.*)", old)
    if match is None:
        raise ValueError(f"background date {old!r} has no day number")
    head, day, tail = match.groups()
    return f"{head}{(int(day) + rng.randint(1, 9)) % 28 + 1}{tail}"


_REDRAW: dict[str, Callable[[random.Random, Instance], str]] = {
    "village": lambda rng, i: rng.choice([v for v in i.slots["village_options"].split("|")
                                          if v != i.slots["village2"]]),
    "place": lambda rng, i: rng.choice(i.slots["place_options"].split("|")),
    "n": lambda rng, i: str(rng.randint(2, 30)),
    "n2": lambda rng, i: str(rng.randint(31, 480)),
    "pct": lambda rng, i: f"{rng.randint(55, 99)}.{rng.randint(1, 9)}%",
    "money": lambda rng, i: f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万元",
    "usd": lambda rng, i: f"{rng.randint(2, 60)},{rng.randint(0, 9)}00",
    "names": _names,
    "bg_date": lambda rng, i: _later_day(rng, i.slots["bg_date"]),
    "bg_en": lambda rng, i: _later_day(rng, i.slots["bg_en"]),
}


def family_drafts(rng: random.Random, library: Library, family: Family, count: int,
                  copy_share: float = 0.4) -> tuple[list[Draft], int]:
    """All messages of one family, and how many hard-negative pairs it made."""
    drafts: list[Draft] = []
    pairs = 0
    for index in range(count):
        instance, chat, sent = _instance(rng, library, family)
        key = f"{family.name}#{index}"
        drafts += _post(rng, library, instance, chat, sent, key, copy_share)
        if rng.random() < 0.22 and (instance.due or set(_VARIABLE) & slots_used(instance)):
            twin, later, change = _sibling(rng, instance, sent)
            if later.date() <= END:
                posts = _post(rng, library, twin, chat if rng.random() < 0.6 else
                              rng.choice(library.chats_for(family.lang, instance.entry.topic)),
                              later, key + "b", copy_share * 0.6)
                for post in posts:
                    post.tags.add(f"hardneg:{change}")
                drafts += posts
                pairs += 1
    acks = [a for d in drafts for a in acknowledgements(rng, d, library.frames,
                                                         ACK_WEIGHTS[family.lang])]
    return drafts + acks, pairs
