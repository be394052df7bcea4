"""Digest presentation: what a cadre reads, independent of where it came from."""

from bot.digests._model import DigestEntry, DigestView
from bot.digests._render import LineCache, render_digest
from bot.packing import TELEGRAM_LIMIT, pack_sections, telegram_length

__all__ = [
    "TELEGRAM_LIMIT",
    "DigestEntry",
    "DigestView",
    "LineCache",
    "pack_sections",
    "render_digest",
    "telegram_length",
]
