"""Split a digest into Telegram messages without ever cutting an item."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["TELEGRAM_LIMIT", "pack_sections", "telegram_length"]

TELEGRAM_LIMIT = 4096


def telegram_length(text: str) -> int:
    """Telegram counts UTF-16 code units; an emoji can count as two."""
    return len(text.encode("utf-16-le")) // 2


def pack_sections(
    header: str,
    sections: Sequence[tuple[str, Sequence[str]]],
    footer: str,
    *,
    continued: str,
    limit: int = TELEGRAM_LIMIT,
) -> list[str]:
    """Pack blocks into messages of at most ``limit`` units.

    Items are whole blocks: a message ends before an item that would not fit.
    A section that continues in the next message repeats its heading with
    ``continued`` so no item is read out of context. Measuring the HTML source
    is conservative: tags and entities only shrink when Telegram parses them.
    Callers keep each item far below the limit (the renderer caps previews).
    """
    messages: list[str] = []
    lines: list[str] = [header]

    def flush() -> None:
        text = "\n".join(lines).strip("\n")
        if text:
            messages.append(text)
        lines.clear()

    for heading, items in sections:
        for index, item in enumerate(items):
            lead = ["", heading] if index == 0 else []
            if telegram_length("\n".join([*lines, *lead, item])) > limit:
                flush()
                lead = [heading if index == 0 else f"{heading} {continued}"]
            lines.extend(lead)
            lines.append(item)
    if telegram_length("\n".join([*lines, "", footer])) > limit:
        flush()
    lines.extend(["", footer])
    flush()
    return messages
