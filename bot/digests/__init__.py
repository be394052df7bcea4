"""Digests, from the scheduler's tick to the messages in the outbox.

One slot's way through the package, each step calling only the next:
``_service`` (the tick, ``/digest`` and the outbox couriers) asks ``_schedule``
who is due, then ``_builder`` reads the round from the database, ``_round``
plans each cadre's digest from that one read (``_items`` makes the item of a
notice and its copies), ``_render`` turns a plan's view (``_model``) into
Telegram HTML in the reader's language (``_strings``), and ``_builder`` writes
the outbox rows that ``_service`` delivers.
"""

from bot.digests._builder import DigestBuilder
from bot.digests._schedule import latest_slot, slot_key
from bot.digests._service import DigestService
from bot.digests._todos import TODO_KINDS

__all__ = ["TODO_KINDS", "DigestBuilder", "DigestService", "latest_slot", "slot_key"]
