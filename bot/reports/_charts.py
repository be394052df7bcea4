"""Report charts as PNG: volume per day by kind, sending times, duplicate copies.

Figures are built with matplotlib's object API on the Agg canvas, never
pyplot, so no GUI backend or global figure registry is involved; a lock
serialises drawing because matplotlib's rc settings and font cache are
process-wide and charts are drawn from worker threads.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO

from matplotlib import font_manager, rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

from bot.i18n import KIND_LABELS, WEEKDAYS, Html
from bot.reports._font import ChartFont, chart_font
from bot.reports._model import NOTICE_KINDS, Report
from bot.reports._strings import say, say_plain
from nlp.types import Kind

__all__ = ["Chart", "render_charts"]

_COLORS: dict[str, str] = {
    Kind.REPORT: "#4C72B0",
    Kind.MEETING: "#DD8452",
    Kind.TASK: "#55A868",
    Kind.CHECKIN: "#C44E52",
    Kind.NOTICE: "#8172B3",
}
_MAX_TICKS = 16
_TOP_GROUPS = 10
_TITLE_CHARS = 18
_DPI = 100
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Chart:
    """A rendered chart, with every text drawn on it and the font files used."""

    name: str
    caption: Html
    png: bytes
    texts: tuple[str, ...]
    font_files: frozenset[str]


class _Painter:
    """Draws one report's charts in one language with one font."""

    def __init__(self, report: Report, lang: str, font: ChartFont) -> None:
        self.report, self.lang, self.font = report, lang, font

    def label(self, text: str, limit: int | None = None) -> str:
        """Drawable text: glyphs the font has, no accidental mathtext, cut to fit."""
        clean = self.font.drawable(text)
        if limit is not None and len(clean) > limit:
            clean = clean[: limit - 1] + "…"
        return clean.replace("$", r"\$")

    def word(self, key: str, **values: object) -> str:
        return self.label(say_plain(self.lang, key, **values))

    def empty(self, figure: Figure, key: str) -> None:
        figure.text(0.5, 0.5, self.word(key), ha="center", va="center", fontsize=14)

    def volume(self, figure: Figure) -> None:
        """Notices per local day, stacked by kind; rest days shaded."""
        per_day = self.report.timing.per_day
        days = list(per_day)
        axes = figure.add_subplot()
        axes.set_title(self.word("draw_volume"))
        for index, day in enumerate(days):
            if day.isoweekday() not in self.report.hours.workdays:
                axes.axvspan(index - 0.5, index + 0.5, color="#EEEEEE", zorder=0)
        bottom = [0] * len(days)
        labels = KIND_LABELS.get(self.lang, KIND_LABELS["zh"])
        for kind in NOTICE_KINDS:
            values = [per_day[day].get(kind, 0) for day in days]
            if any(values):
                axes.bar(
                    range(len(days)),
                    values,
                    bottom=bottom,
                    color=_COLORS[kind],
                    zorder=2,
                    label=self.label(labels[kind]),
                )
                bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        names = WEEKDAYS.get(self.lang, WEEKDAYS["zh"])
        step = max(1, math.ceil(len(days) / _MAX_TICKS))
        positions = list(range(0, len(days), step))
        axes.set_xticks(positions)
        axes.set_xticklabels(
            [self.label(f"{days[i]:%m-%d}\n{names[days[i].weekday()]}") for i in positions]
        )
        axes.set_xlim(-0.5, len(days) - 0.5)
        axes.set_ylabel(self.word("draw_volume_y"))
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        if any(bottom):
            axes.legend(loc="upper right")
        else:
            self.empty(figure, "draw_empty")

    def heatmap(self, figure: Figure) -> None:
        """Notices per weekday and local hour, with working time outlined."""
        axes = figure.add_subplot()
        grid = [list(row) for row in self.report.timing.heatmap]
        peak = max(max(row) for row in grid) or 1
        image = axes.imshow(grid, aspect="auto", cmap="Reds", vmin=0, vmax=peak)
        for day, row in enumerate(grid):
            for hour, count in enumerate(row):
                if count:
                    color = "white" if count > peak / 2 else "black"
                    axes.text(
                        hour, day, str(count), ha="center", va="center", fontsize=7, color=color
                    )
            for start, end in self.report.hours.working_slots(day):
                axes.add_patch(
                    Rectangle(
                        (start - 0.5, day - 0.5),
                        end - start,
                        1,
                        fill=False,
                        edgecolor="#1F5FAF",
                        linewidth=1.2,
                    )
                )
        names = WEEKDAYS.get(self.lang, WEEKDAYS["zh"])
        axes.set_yticks(range(7))
        axes.set_yticklabels([self.label(name) for name in names])
        axes.set_xticks(range(24))
        axes.set_xticklabels([str(hour) for hour in range(24)], fontsize=8)
        axes.set_xlabel(self.word("draw_hour"))
        axes.set_title(self.word("draw_heatmap", zone=self.report.period.zone.key))
        figure.colorbar(image, ax=axes, ticks=MaxNLocator(integer=True))

    def duplicates(self, figure: Figure) -> None:
        """The groups that received the most duplicate copies, most first."""
        ranked = sorted(
            (g for g in self.report.groups if g.duplicate_copies),
            key=lambda g: (-g.duplicate_copies, g.title),
        )[:_TOP_GROUPS]
        axes = figure.add_subplot()
        axes.set_title(self.word("draw_duplicates"))
        if not ranked:
            axes.set_axis_off()
            self.empty(figure, "draw_no_duplicates")
            return
        counts = [group.duplicate_copies for group in ranked]
        bars = axes.barh(range(len(ranked)), counts, color="#C44E52")
        axes.bar_label(bars, labels=[str(count) for count in counts], padding=3)
        axes.set_yticks(range(len(ranked)))
        axes.set_yticklabels([self.label(group.title, _TITLE_CHARS) for group in ranked])
        axes.invert_yaxis()
        axes.set_xlabel(self.word("draw_duplicates_x"))
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))


@contextmanager
def _drawing() -> Iterator[ChartFont]:
    font = chart_font()
    with _lock, rc_context({"font.family": [font.family], "axes.unicode_minus": False}):
        yield font


def _render(figure: Figure) -> tuple[bytes, tuple[str, ...], frozenset[str]]:
    FigureCanvasAgg(figure)
    figure.tight_layout()
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=_DPI)
    texts = [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()]
    files = frozenset(str(font_manager.findfont(t.get_fontproperties())) for t in texts)
    return buffer.getvalue(), tuple(t.get_text() for t in texts), files


def render_charts(report: Report, lang: str) -> list[Chart]:
    """The three /stats charts, each with its caption for Telegram."""
    period = report.period.label
    plans: list[tuple[str, str, tuple[float, float], Callable[[_Painter, Figure], None]]] = [
        ("volume", "chart_volume", (10, 5), _Painter.volume),
        ("after_hours", "chart_heatmap", (11, 4.5), _Painter.heatmap),
        ("duplicates", "chart_duplicates", (9, 5), _Painter.duplicates),
    ]
    charts: list[Chart] = []
    with _drawing() as font:
        painter = _Painter(report, lang, font)
        for name, caption, size, draw in plans:
            figure = Figure(figsize=size, dpi=_DPI)
            draw(painter, figure)
            png, texts, files = _render(figure)
            charts.append(Chart(name, say(lang, caption, period=period), png, texts, files))
    return charts
