"""Hand-written messages from ``material/handwritten/*.txt``.

Each file holds blocks separated by blank lines; a block is one scene (a notice
with its replies, or a conversation) and goes to one split as a whole. A line:

    sent | chat | sender | kind | flags | due | text

``sent`` is ``MM-DD HH:MM`` (October to December 2026, January 2027) or ``+N``
minutes after the previous line, optionally ``@+01:00`` for another offset.
``due`` is ``-``, ``MM-DD HH:MM`` or ``HH:MM`` (same day). ``flags`` is ``-`` or
space-separated tokens: ``U`` the text demands immediacy (an urgent word, a
hazard happening now, an order to act now: the writer judges), ``T`` an urgent
word used as a mere topic, ``=key`` the same notice as other lines with that
key, ``>chat`` forward a copy into that group the same day.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

from corpusgen.clock import TZ, in_grey_zone, is_urgent
from corpusgen.copies import forward
from corpusgen.language import text_lang
from corpusgen.library import CUE, Library
from corpusgen.material import MaterialError, unescape
from corpusgen.records import KINDS, Chat, Draft
from corpusgen.render import MAX_CHARS

__all__ = ["handwritten_drafts"]

_STAMP = re.compile(r"^(\d\d)-(\d\d) (\d\d):(\d\d)(?:@([+-]\d\d:\d\d))?$")


def _moment(value: str, where: str, previous: datetime | None,
            zone: timezone = TZ) -> datetime:
    if value.startswith("+"):
        if previous is None or not value[1:].isdigit():
            raise MaterialError(f"{where}: '+N' needs a previous line and a number")
        # A reply is written where the scene is: in the offset of the line before
        # (a Melbourne group's replies are Melbourne's), so its "today" and its
        # 'HH:MM' due are the writer's own.
        return previous + timedelta(minutes=int(value[1:]))
    match = _STAMP.match(value)
    if not match:
        raise MaterialError(f"{where}: time {value!r} is not 'MM-DD HH:MM[@+hh:mm]'")
    month, day, hour, minute, offset = match.groups()
    if offset is not None:
        zone = timezone(timedelta(hours=int(offset[:3]), minutes=int(offset[0] + offset[4:])))
    year = 2027 if int(month) < 6 else 2026
    try:
        return datetime(year, int(month), int(day), int(hour), int(minute), tzinfo=zone)
    except ValueError as exc:
        raise MaterialError(f"{where}: {value!r}: {exc}") from exc


def _due(value: str, where: str, sent: datetime) -> datetime | None:
    if value == "-":
        return None
    if re.fullmatch(r"\d\d:\d\d", value):
        value = f"{sent:%m-%d} {value}"
    zone = sent.tzinfo if isinstance(sent.tzinfo, timezone) else TZ
    due = _moment(value, where, None, zone)
    if due <= sent:
        raise MaterialError(f"{where}: due {due} is not after sent {sent}")
    return due


def _check(where: str, kind: str, flags: list[str], text: str, due: datetime | None) -> None:
    if kind not in KINDS:
        raise MaterialError(f"{where}: unknown kind {kind!r}")
    if not 0 < len(text) <= MAX_CHARS:
        raise MaterialError(f"{where}: text has {len(text)} characters, not 1..{MAX_CHARS}")
    cue = bool(CUE.search(text))
    if kind == "chatter":
        if due is not None or "U" in flags or any(f.startswith(("=", ">")) for f in flags):
            raise MaterialError(f"{where}: chatter has no due, urgency or cluster")
    elif cue and "U" not in flags and "T" not in flags:
        raise MaterialError(f"{where}: urgent word in the text; flag U or T")


def _line(fields: list[str], where: str, chats: dict[str, Chat], previous: datetime | None,
          unit: str) -> Draft:
    if len(fields) != 7:
        raise MaterialError(f"{where}: expected 7 fields separated by ' | '")
    stamp, chat_key, sender, kind, flag_text, due_text, raw = (f.strip() for f in fields)
    if chat_key not in chats:
        raise MaterialError(f"{where}: unknown chat {chat_key!r}")
    sent = _moment(stamp, where, previous)
    if stamp.startswith("+") and previous and sent.date() != previous.date() and kind != "chatter":
        raise MaterialError(f"{where}: '+N' crosses midnight; write the time so 明天 stays clear")
    due = _due(due_text, where, sent)
    flags = [] if flag_text == "-" else flag_text.split()
    text = unescape(raw)
    _check(where, kind, flags, text, due)
    chat = chats[chat_key]
    draft = Draft(chat=chat, sender=sender, sent=sent, text=text, kind=kind,
                  urgent=kind != "chatter" and is_urgent("U" in flags, sent, due), due=due,
                  unit=unit, origin="hand", lang=text_lang(text))
    draft.tags.update(flags)
    return draft


def _blocks(path: Path, chats: dict[str, Chat]) -> list[list[Draft]]:
    blocks: list[list[Draft]] = [[]]
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.lstrip().startswith("#"):
            continue
        if not raw.strip():
            if blocks[-1]:
                blocks.append([])
            continue
        where, unit = f"{path.name}:{number}", f"hw:{path.stem}:{len(blocks)}"
        previous = blocks[-1][-1].sent if blocks[-1] else None
        blocks[-1].append(_line(raw.split(" | ", 6), where, chats, previous, unit))
    return [b for b in blocks if b]


def _copies(rng: random.Random, draft: Draft, chats: dict[str, Chat], library: Library,
            key: str) -> list[Draft]:
    out = []
    for target in [f[1:] for f in sorted(draft.tags) if f.startswith(">")]:
        if target not in chats:
            raise MaterialError(f"{draft.unit}: unknown copy target {target!r}")
        chat = chats[target]
        later = draft.sent + timedelta(minutes=rng.randint(2, 150))
        if later.date() != draft.sent.date() or in_grey_zone(later, draft.due) or (
                draft.due and later > draft.due - timedelta(minutes=15)):
            later = draft.sent + timedelta(minutes=rng.randint(1, 5))
        lang = "en" if draft.lang == "en" else "zh"
        text = forward(rng, draft.text, lang, library.frames, "", draft.kind != "notice")
        text = text if len(text) <= MAX_CHARS else draft.text
        copy = Draft(chat=chat, sender=rng.choice(chat.members), sent=later, text=text,
                     kind=draft.kind, urgent=is_urgent("U" in draft.tags, later, draft.due),
                     due=draft.due, unit=draft.unit, origin="hand", lang=draft.lang,
                     cluster=key, tags={"auto-copy"})
        out.append(copy)
    if out:
        draft.cluster = key
    return out


def _check_clusters(drafts: list[Draft]) -> None:
    """A cluster must have two members and live in one block (hence one split)."""
    members: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for draft in drafts:
        if draft.cluster is not None:
            members.setdefault(draft.cluster, set()).add(draft.unit)
            counts[draft.cluster] = counts.get(draft.cluster, 0) + 1
    for key, units in members.items():
        if len(units) > 1 or counts[key] < 2:
            raise MaterialError(f"cluster {key}: {counts[key]} message(s) in blocks {units}")


def handwritten_drafts(folder: Path, library: Library, seed: int,
                       scene_chats: tuple[Chat, ...] = ()) -> list[Draft]:
    """Every hand-written line, plus the same-day forwards its ``>chat`` flags ask for.

    ``scene_chats`` are groups only hand-written scenes post in (village and
    community groups), kept out of the library so no template family draws on them.
    """
    chats = {c.key: c for c in (*library.chats, *scene_chats)}
    if len(chats) != len(library.chats) + len(scene_chats):
        raise MaterialError("a scene chat reuses the key of a library chat")
    drafts: list[Draft] = []
    for path in sorted(folder.glob("*.txt")):
        for index, block in enumerate(_blocks(path, chats)):
            rng = random.Random(f"{seed}:{path.stem}:{index}")
            for number, draft in enumerate(block):
                keys = [f[1:] for f in draft.tags if f.startswith("=")]
                if keys:
                    draft.cluster = f"hw:{path.stem}:{keys[0]}"
                drafts.append(draft)
                # a forward of a line that has a key joins that key's cluster
                key = draft.cluster or f"hw:{path.stem}:{index}:{number}"
                drafts += _copies(rng, draft, chats, library, key)
    _check_clusters(drafts)
    return drafts
