"""/export: notices as CSV that opens correctly in Excel and WPS.

Those spreadsheets guess the encoding of a CSV without a byte-order mark
and show Chinese as mojibake, so the file starts with one (UTF-8-SIG).
Cells that begin with = + - @ would be run as formulas; they are prefixed
with an apostrophe, the usual defence against CSV injection.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.i18n import KIND_LABELS
from bot.reports._strings import say_plain
from storage.repository import ExportRow

__all__ = ["CSV_COLUMNS", "notices_csv"]

CSV_COLUMNS = (
    "csv_id",
    "csv_group",
    "csv_department",
    "csv_sender",
    "csv_sent",
    "csv_kind",
    "csv_urgent",
    "csv_due",
    "csv_cluster",
    "csv_text",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def _moment(value: datetime | None, zone: ZoneInfo) -> str:
    return value.astimezone(zone).isoformat(timespec="minutes") if value else ""


def _line(row: ExportRow, zone: ZoneInfo, lang: str) -> list[str]:
    labels = KIND_LABELS.get(lang, KIND_LABELS["zh"])
    return [
        str(row.id),
        _cell(row.group_title),
        _cell(row.department or ""),
        _cell(row.sender_name),
        _moment(row.sent_at, zone),
        labels.get(row.kind, row.kind),
        say_plain(lang, "yes" if row.urgent else "no"),
        _moment(row.due_at, zone),
        "" if row.cluster_id is None else str(row.cluster_id),
        _cell(row.text),
    ]


def notices_csv(rows: Sequence[ExportRow], zone: ZoneInfo, lang: str) -> bytes:
    """The CSV file's bytes: a header in the reader's language, local times."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([say_plain(lang, column) for column in CSV_COLUMNS])
    writer.writerows(_line(row, zone, lang) for row in rows)
    return buffer.getvalue().encode("utf-8-sig")
