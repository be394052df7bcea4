"""Who may see what: a supervisor's departments, and who may grant or revoke.

Rules (each refusal is a ``ReportError`` the asker can read):

* founding supervisors (from the config) see everything and cannot be
  revoked or changed from Telegram;
* nobody changes their own rights, so a slip cannot lock a supervisor out;
* a scoped supervisor grants only within their own departments (by default
  exactly those) and changes or revokes only supervisors whose scope lies
  within theirs; an unscoped supervisor may do anything else.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bot.reports._errors import ReportError

__all__ = ["Scope", "check_grant", "check_revoke", "parse_departments", "parse_user_id"]

_SEPARATORS = re.compile(r"[,，、;；]")


@dataclass(frozen=True, slots=True)
class Scope:
    """``departments`` None: every department (and groups without one)."""

    departments: frozenset[str] | None = None
    founder: bool = False

    def includes(self, departments: frozenset[str] | None) -> bool:
        if self.departments is None:
            return True
        return departments is not None and departments <= self.departments


def parse_user_id(text: str) -> int:
    """A Telegram user id as typed after /grant or /revoke."""
    cleaned = text.strip()
    if not cleaned.isdecimal() or not 0 < int(cleaned) < 2**63:
        raise ReportError("bad_user", text=cleaned[:40])
    return int(cleaned)


def parse_departments(text: str, known: Collection[str]) -> frozenset[str] | None:
    """Departments named after /grant; None when none were named.

    Names are separated by commas or 、; without separators a text that is
    itself a known department is one name (department labels may contain
    spaces), otherwise each word is one. Unknown names are refused so a typo
    cannot grant a scope that matches no group.
    """
    text = text.strip()
    if not text:
        return None
    if _SEPARATORS.search(text):
        names = [part.strip() for part in _SEPARATORS.split(text)]
    elif text in known:
        names = [text]
    else:
        names = text.split()
    chosen = frozenset(name for name in names if name)
    unknown = sorted(chosen - set(known))
    if unknown:
        raise ReportError(
            "unknown_department", names="、".join(unknown), known="、".join(sorted(known)) or "-"
        )
    return chosen or None


def check_grant(
    *,
    granter: Scope,
    granter_id: int,
    target_id: int,
    target: Scope | None,
    requested: frozenset[str] | None,
) -> frozenset[str] | None:
    """The departments to grant (None: all), or a refusal."""
    if target_id == granter_id:
        raise ReportError("self")
    if target is not None and target.founder:
        raise ReportError("founder", user_id=target_id)
    chosen = requested if requested is not None else granter.departments
    if not granter.includes(chosen):
        raise ReportError("grant_outside", departments=_names(granter.departments))
    if target is not None and not granter.includes(target.departments):
        raise ReportError("target_outside", user_id=target_id)
    return chosen


def check_revoke(*, revoker: Scope, revoker_id: int, target_id: int, target: Scope | None) -> None:
    """Refuse a revocation the revoker may not make; silence means go ahead."""
    if target_id == revoker_id:
        raise ReportError("self")
    if target is None:
        raise ReportError("not_granted", user_id=target_id)
    if target.founder:
        raise ReportError("founder", user_id=target_id)
    if not revoker.includes(target.departments):
        raise ReportError("target_outside", user_id=target_id)


def _names(departments: frozenset[str] | None) -> str:
    return "、".join(sorted(departments)) if departments else "-"
