"""Turning a family, a pool entry and a due moment into message text.

An ``Instance`` is one notice before it is posted anywhere: the facts that make
it this notice (entry, slots, due) are fixed, while the wording of the due time
and the greeting may differ from copy to copy, as they do when people forward.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from corpusgen import due_en, due_zh
from corpusgen.records import Chat, Family, PoolEntry

__all__ = ["Instance", "Rendered", "render", "slots_used"]

_SLOT = re.compile(r"\{(\w+)\}")
MAX_CHARS = 500


@dataclass
class Instance:
    """One notice: what it asks, of whom, by when; ``cue`` is an added urgency lead."""

    family: Family
    entry: PoolEntry
    slots: dict[str, str]
    due: datetime | None
    form: int = 0
    lead: str = ""
    decor: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Rendered:
    """The text and the exact due wordings it used, so a copy can reuse them."""

    text: str
    phrases: dict[str, str]


def _expanded(family: Family, form: int, entry: PoolEntry) -> str:
    text = family.forms[form]
    for name, value in entry.fields.items():
        text = text.replace("{" + name + "}", value)
    return text


def slots_used(instance: Instance) -> set[str]:
    """Slot names the instance's current form mentions, pool fields expanded."""
    return set(_SLOT.findall(_expanded(instance.family, instance.form, instance.entry)))


def _choose(rng: random.Random, options: list[tuple[str, str]]) -> str:
    styles = sorted({style for style, _ in options})
    style = rng.choice(styles)
    return rng.choice([text for s, text in options if s == style])


def _phrases(instance: Instance, sent: datetime) -> dict[str, list[tuple[str, str]]]:
    """Correct wordings per slot; a Chinese family may also word it in English
    ({due_en}, {when_en}) for bilingual groups."""
    due, lang = instance.due, instance.family.lang
    if due is None:
        return {}
    if instance.family.timing == "hours":
        module = due_en if lang == "en" else due_zh
        # A forward posted later cannot count from its own time; it names the clock time.
        return {"due": module.hours_phrases(sent, due) or module.deadline_phrases(sent, due)}
    own = due_en if lang == "en" else due_zh
    out = {"due": own.deadline_phrases(sent, due), "when": own.point_phrases(sent, due)}
    if lang == "zh":
        out |= {"due_en": due_en.deadline_phrases(sent, due),
                "when_en": due_en.point_phrases(sent, due)}
    return out


def _derived(due: datetime | None) -> dict[str, str]:
    """Moments tied to the due time: a meeting after a sign-up deadline, a start
    half an hour after an arrival deadline. Fixed by the due time alone, so every
    copy of a notice names the same ones."""
    if due is None:
        return {}
    later = due.date() + timedelta(days=2 + due.toordinal() % 3)
    while later.weekday() >= 5:
        later += timedelta(days=1)
    start = due + timedelta(minutes=30)
    return {
        "after_due": f"{later.month}月{later.day}日",
        "after_due_en": f"{later.day} {later.strftime('%B')}",
        "start_after": f"{start.hour}:{start.minute:02d}",
        "start_after_en": f"{start.hour}:{start.minute:02d}",
    }


def _plain(phrase: str) -> str:
    """Undo the 之前/以前 variant so a kept wording can be checked against the options."""
    for tail in ("之前", "以前"):
        if phrase.endswith(tail):
            return phrase[: -len(tail)] + "前"
    return phrase


def _zh_variant(rng: random.Random, phrase: str) -> str:
    if phrase.endswith("前") and not phrase.endswith(("之前", "以前")) and rng.random() < 0.2:
        return phrase[:-1] + rng.choice(("之前", "以前"))
    return phrase


def render(rng: random.Random, instance: Instance, chat: Chat, sent: datetime,
           keep: dict[str, str] | None = None, fresh_people: bool = False) -> Rendered:
    """The instance as posted in ``chat`` at ``sent``.

    ``keep`` names due wordings to reuse when they are still correct at ``sent``
    (a verbatim forward); otherwise a wording is drawn afresh. ``fresh_people``
    re-draws the greeting and addressee for another group.
    """
    slots = dict(instance.slots) | _derived(instance.due)
    if fresh_people:
        slots["who"], slots["greet"] = rng.choice(chat.who), rng.choice(chat.greet)
    used = slots_used(instance)
    chosen: dict[str, str] = {}
    for name, options in _phrases(instance, sent).items():
        if name not in used:
            continue
        valid = {text for _, text in options}
        if keep and name in keep and _plain(keep[name]) in valid:
            chosen[name] = keep[name]
        elif not options:
            raise ValueError(f"{instance.family.name}: no wording for {name} at {sent}")
        else:
            pick = _choose(rng, options)
            chosen[name] = pick if instance.family.lang == "en" else _zh_variant(rng, pick)
    slots.update(chosen)
    body = _expanded(instance.family, instance.form, instance.entry).format_map(slots)
    text = instance.lead + instance.decor.get("head", "") + body + instance.decor.get("tail", "")
    if len(text) > MAX_CHARS:
        text = instance.lead + body
    if len(text) > MAX_CHARS:
        raise ValueError(f"{instance.family.name}: {len(text)} characters, over {MAX_CHARS}")
    text = text.strip()
    if instance.family.lang == "en":
        text = text[0].upper() + text[1:]
    return Rendered(text, chosen)
