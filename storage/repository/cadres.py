"""Cadres: users who started the bot and receive digests."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from storage.models import Cadre, CadreSettingsBase, utcnow

__all__ = [
    "deactivate_cadre",
    "get_cadre",
    "list_active_cadres",
    "save_cadre_settings",
    "upsert_cadre",
]


def get_cadre(*, session: Session, user_id: int) -> Cadre | None:
    return session.get(Cadre, user_id)


def upsert_cadre(
    *,
    session: Session,
    user_id: int,
    first_name: str,
    username: str | None = None,
    language_code: str | None = None,
    activate: bool = True,
    now: datetime | None = None,
) -> Cadre:
    """Create or refresh a cadre; ``activate`` revives one who had blocked us."""
    cadre = session.get(Cadre, user_id)
    if cadre is None:
        cadre = Cadre(user_id=user_id, first_name=first_name, subscribed_at=now or utcnow())
    cadre.first_name, cadre.username = first_name, username
    cadre.language_code = language_code or cadre.language_code
    if activate:
        cadre.active, cadre.deactivated_reason = True, None
    session.add(cadre)
    session.flush()
    return cadre


def deactivate_cadre(*, session: Session, user_id: int, reason: str) -> bool:
    cadre = session.get(Cadre, user_id)
    if cadre is None or not cadre.active:
        return False
    cadre.active, cadre.deactivated_reason = False, reason[:255]
    session.add(cadre)
    return True


def save_cadre_settings(*, session: Session, cadre: Cadre, values: Mapping[str, Any]) -> None:
    """Write some of a cadre's /settings choices; any other column is refused."""
    unknown = set(values) - set(CadreSettingsBase.model_fields)
    if unknown:
        raise KeyError(f"not a settings column: {', '.join(sorted(unknown))}")
    cadre.sqlmodel_update(dict(values))
    session.add(cadre)


def list_active_cadres(*, session: Session) -> list[Cadre]:
    statement = select(Cadre).where(col(Cadre.active)).order_by(col(Cadre.user_id))
    return list(session.exec(statement))
