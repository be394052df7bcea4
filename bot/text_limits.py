"""How much of a message is kept: whole up to 64 kB, then cut with a marker.

Telegram's own limit is 4,096 characters a message, so the cap only meets
forged or future input; it bounds a row, never silently (the marker says how
much was dropped). NUL characters go too: PostgreSQL text cannot hold them.
"""

from __future__ import annotations

__all__ = ["TEXT_CAP_BYTES", "TRUNCATED_MARKER", "clean_text", "stored_text"]

TEXT_CAP_BYTES = 64 * 1024
TRUNCATED_MARKER = (
    "\n…［truncated: {dropped} more characters not stored / 超出 64 kB，其余 {dropped} 字未保存］"
)


def clean_text(text: str) -> str:
    """Without NUL and lone surrogates (JSON can spell both; no database stores them)."""
    text = text.replace("\x00", "") if "\x00" in text else text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def stored_text(text: str) -> str:
    """The text as stored: at most TEXT_CAP_BYTES of UTF-8, marker included."""
    text = clean_text(text)
    encoded = text.encode("utf-8")
    if len(encoded) <= TEXT_CAP_BYTES:
        return text
    room = TEXT_CAP_BYTES - len(TRUNCATED_MARKER.format(dropped=len(text)).encode("utf-8"))
    kept = encoded[:room].decode("utf-8", "ignore")
    return kept + TRUNCATED_MARKER.format(dropped=len(text) - len(kept))
