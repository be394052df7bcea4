"""Digests, from the scheduler's tick to the messages in the outbox.

One slot's way through the package, each step calling only the next:
``_service`` (the tick, ``/digest`` and the outbox couriers) asks ``_schedule``
who is due, then ``_builder`` reads the round from the database, ``_round``
plans each cadre's digest from that one read (``_items`` makes the item of a
notice and its copies), ``_render`` turns a plan's view (``_model``) into
Telegram HTML in the reader's language (``_strings``), and ``_builder`` writes
the outbox rows that ``_service`` delivers. ``_lookback`` plans a period
the same way for ``/digest 24h`` and writes nothing; search results are
items made and rendered by ``_items`` and ``_render`` too.
"""

from bot.digests._builder import DigestBuilder
from bot.digests._items import make_item
from bot.digests._lookback import LAST, DigestLookback, Period, parse_lookback
from bot.digests._model import DigestEntry
from bot.digests._render import render_item
from bot.digests._schedule import latest_slot, slot_key
from bot.digests._service import DigestService
from bot.digests._todos import TODO_KINDS

__all__ = [
    "LAST",
    "TODO_KINDS",
    "DigestBuilder",
    "DigestEntry",
    "DigestLookback",
    "DigestService",
    "Period",
    "latest_slot",
    "make_item",
    "parse_lookback",
    "render_item",
    "slot_key",
]
