"""Digest presentation: what a cadre reads, independent of where it came from."""

from bot.digest._model import DigestEntry, DigestView
from bot.digest._pack import TELEGRAM_LIMIT, pack_sections, telegram_length
from bot.digest._render import LineCache, render_digest

__all__ = [
    "TELEGRAM_LIMIT",
    "DigestEntry",
    "DigestView",
    "LineCache",
    "pack_sections",
    "render_digest",
    "telegram_length",
]
