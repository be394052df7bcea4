"""Links back to the original message, where Telegram offers one."""

from __future__ import annotations

__all__ = ["message_link"]

_SUPERGROUP_PREFIX = "-100"


def message_link(chat_id: int, message_id: int, username: str | None = None) -> str | None:
    """t.me link to a group message; basic groups have none.

    Public groups link by username; private supergroups through t.me/c/ with
    the id stripped of its -100 prefix, which only members can open.
    """
    if username:
        return f"https://t.me/{username}/{message_id}"
    text = str(chat_id)
    if text.startswith(_SUPERGROUP_PREFIX) and len(text) > len(_SUPERGROUP_PREFIX):
        return f"https://t.me/c/{text[len(_SUPERGROUP_PREFIX) :]}/{message_id}"
    return None
