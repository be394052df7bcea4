"""Supervisor analytics: what formalism at the fingertips costs, in numbers.

Reports are computed from the database for a period of whole local days and
a scope of departments, then presented as Telegram messages, PNG charts, CSV
or plain text (the ``fingertip report`` command).
"""

from bot.reports._charts import Chart, render_charts
from bot.reports._compute import build_overlaps, build_report, time_buckets
from bot.reports._csv import notices_csv
from bot.reports._errors import ReportError
from bot.reports._font import ChartFont, chart_font, chart_font_path
from bot.reports._hours import WorkingHours
from bot.reports._model import (
    ALL_KINDS,
    NOTICE_KINDS,
    REQUEST_KINDS,
    Burden,
    DepartmentVolume,
    OverlapLine,
    Report,
    Timing,
)
from bot.reports._period import MAX_DAYS, Period, parse_period
from bot.reports._scope import (
    Scope,
    check_grant,
    check_revoke,
    parse_departments,
    parse_user_id,
)
from bot.reports._strings import say, say_plain
from bot.reports._target import ReportRequest, parse_request, resolve_slice
from bot.reports._text import plain_text, render_overlaps, render_report

__all__ = [
    "ALL_KINDS",
    "MAX_DAYS",
    "NOTICE_KINDS",
    "REQUEST_KINDS",
    "Burden",
    "Chart",
    "ChartFont",
    "DepartmentVolume",
    "OverlapLine",
    "Period",
    "Report",
    "ReportError",
    "ReportRequest",
    "Scope",
    "Timing",
    "WorkingHours",
    "build_overlaps",
    "build_report",
    "chart_font",
    "chart_font_path",
    "check_grant",
    "check_revoke",
    "notices_csv",
    "parse_departments",
    "parse_period",
    "parse_request",
    "parse_user_id",
    "plain_text",
    "render_charts",
    "render_overlaps",
    "render_report",
    "resolve_slice",
    "say",
    "say_plain",
    "time_buckets",
]
