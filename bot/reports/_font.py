"""The CJK font charts are drawn with, and what it can draw.

Matplotlib's default fonts have no Chinese glyphs and draw empty boxes
instead. Noto Sans CJK SC ships in the ``mplfonts`` wheel, so every
installation has the same font without touching the system; it is registered
with matplotlib by path (mplfonts' own installers would write into
matplotlib's data folder). Characters the font lacks, such as emoji in a group
title, are left out of labels rather than drawn as boxes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

from bot.reports._errors import ReportError

__all__ = ["ChartFont", "chart_font", "chart_font_path"]

_PACKAGE = "mplfonts"
_FILE = "NotoSansCJKsc-Regular.otf"
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class ChartFont:
    path: Path
    family: str
    codepoints: frozenset[int]

    def covers(self, text: str) -> bool:
        return all(ord(char) in self.codepoints or char.isspace() for char in text)

    def drawable(self, text: str) -> str:
        """``text`` without the characters this font cannot draw."""
        kept = "".join(c for c in text if ord(c) in self.codepoints or c.isspace())
        return "\n".join(" ".join(line.split()) for line in kept.strip().splitlines())


def chart_font_path() -> Path:
    """Where the font is, without loading it: a cheap check at start-up."""
    try:
        path = Path(str(resources.files(_PACKAGE) / "fonts" / _FILE))
    except ModuleNotFoundError as exc:
        raise ReportError("font_missing") from exc
    if not path.is_file():
        raise ReportError("font_missing")
    return path


@lru_cache(maxsize=1)
def _load() -> ChartFont:
    path = chart_font_path()
    face = FT2Font(str(path))
    font_manager.fontManager.addfont(str(path))
    return ChartFont(path, str(face.family_name), frozenset(face.get_charmap()))


def chart_font() -> ChartFont:
    """The registered chart font; loaded once (reading its tables takes ~0.5 s)."""
    with _lock:
        return _load()
