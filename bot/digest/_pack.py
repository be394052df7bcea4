"""Split a digest into Telegram messages without ever cutting an item."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["TELEGRAM_LIMIT", "pack_sections", "telegram_length"]

TELEGRAM_LIMIT = 4096


def telegram_length(text: str) -> int:
    """Telegram counts UTF-16 code units; an emoji can count as two."""
    return len(text.encode("utf-16-le")) // 2


class _Message:
    """Lines of one message and their running length (joined by newlines)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.size = 0

    def fits(self, lines: Sequence[str], limit: int) -> bool:
        extra = sum(telegram_length(line) + 1 for line in lines)
        return self.size + extra - (0 if self.lines else 1) <= limit

    def add(self, line: str) -> None:
        self.size += telegram_length(line) + (1 if self.lines else 0)
        self.lines.append(line)

    def text(self) -> str:
        return "\n".join(self.lines).strip("\n")


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
    Lengths are kept running, so a digest of thousands of items packs in
    linear time.
    """
    messages: list[str] = []
    current = _Message()
    current.add(header)

    def flush() -> None:
        nonlocal current
        if current.text():
            messages.append(current.text())
        current = _Message()

    for heading, items in sections:
        for index, item in enumerate(items):
            lead = ["", heading] if index == 0 else []
            if not current.fits([*lead, item], limit):
                flush()
                lead = [heading if index == 0 else f"{heading} {continued}"]
            for line in [*lead, item]:
                current.add(line)
    if not current.fits(["", footer], limit):
        flush()
    current.add("")
    current.add(footer)
    flush()
    return messages
