"""Split a long reply (a digest, a report, chatter) into Telegram messages, items whole."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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

    def room(self, limit: int) -> int:
        """Units left for more lines (each costs one more for its newline)."""
        return limit - self.size - (1 if self.lines else 0)

    def add(self, line: str, size: int) -> None:
        self.size += size + (1 if self.lines else 0)
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
    measure: Callable[[str], int] = telegram_length,
) -> list[str]:
    """Pack blocks into messages of at most ``limit`` units.

    Items are whole blocks: a message ends before an item that would not fit.
    A section that continues in the next message repeats its heading with
    ``continued`` so no item is read out of context. Measuring the HTML source
    is conservative: tags and entities only shrink when Telegram parses them.
    Callers keep each item far below the limit (the renderer caps previews).
    Lengths are kept running, so a digest of thousands of items packs in
    linear time; ``measure`` may remember the lengths of lines seen before.
    """
    messages: list[str] = []
    current = _Message()
    current.add(header, measure(header))

    def flush() -> None:
        nonlocal current
        if current.text():
            messages.append(current.text())
        current = _Message()

    for heading, items in sections:
        heading_size = measure(heading)
        for index, item in enumerate(items):
            size = measure(item)
            # a section opens with a blank line and its heading
            lead = [("", 0), (heading, heading_size)] if index == 0 else []
            if size + sum(s + 1 for _, s in lead) > current.room(limit):
                flush()
                again = heading if index == 0 else f"{heading} {continued}"
                lead = [(again, measure(again))]
            for line, line_size in lead:
                current.add(line, line_size)
            current.add(item, size)
    footer_size = measure(footer)
    if footer_size + 1 > current.room(limit):
        flush()
    current.add("", 0)
    current.add(footer, footer_size)
    flush()
    return messages
