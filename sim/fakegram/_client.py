"""A typed async client for the fake's control API."""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["ControlError", "FakeTelegramControl"]


class ControlError(RuntimeError):
    """The fake refused a control request (a test's own mistake, usually)."""


class FakeTelegramControl:
    """Act as the world's people and read what the bot did."""

    def __init__(self, control_url: str) -> None:
        self._http = httpx.AsyncClient(base_url=control_url, timeout=30)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _call(self, action: str, **payload: Any) -> Any:
        response = await self._http.post(f"/{action}", json=payload)
        body = response.json()
        if response.status_code != 200:
            raise ControlError(f"{action}: {body.get('error')}")
        return body["result"]

    async def create_user(
        self,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str = "zh-hans",
        user_id: int | None = None,
    ) -> dict[str, Any]:
        return dict(
            await self._call(
                "create_user",
                first_name=first_name,
                last_name=last_name,
                username=username,
                language_code=language_code,
                user_id=user_id,
            )
        )

    async def create_chat(
        self,
        title: str,
        *,
        type: str = "supergroup",
        username: str | None = None,
        chat_id: int | None = None,
    ) -> dict[str, Any]:
        return dict(
            await self._call(
                "create_chat", title=title, type=type, username=username, chat_id=chat_id
            )
        )

    async def add_member(
        self, chat_id: int, user_id: int, *, status: str = "member", by_user_id: int | None = None
    ) -> None:
        await self._call(
            "add_member", chat_id=chat_id, user_id=user_id, status=status, by_user_id=by_user_id
        )

    async def remove_member(self, chat_id: int, user_id: int) -> None:
        await self._call("remove_member", chat_id=chat_id, user_id=user_id)

    async def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        await self._call("set_member_status", chat_id=chat_id, user_id=user_id, status=status)

    async def add_bot(self, chat_id: int, *, by_user_id: int, admin: bool = True) -> None:
        await self._call("add_bot", chat_id=chat_id, by_user_id=by_user_id, admin=admin)

    async def set_bot_admin(self, chat_id: int, admin: bool) -> None:
        await self._call("set_bot_admin", chat_id=chat_id, admin=admin)

    async def set_bot_privacy(self, can_read_all_group_messages: bool) -> None:
        await self._call("settings", can_read_all_group_messages=can_read_all_group_messages)

    async def set_flood_limits(
        self, global_per_second: float | None = None, per_chat_per_second: float | None = None
    ) -> None:
        await self._call("settings", **{"global": global_per_second, "chat": per_chat_per_second})

    async def post(
        self,
        chat_id: int,
        user_id: int,
        text: str | None = None,
        *,
        caption: str | None = None,
        photo: bool = False,
        document_name: str | None = None,
        forward_origin: dict[str, Any] | None = None,
        date: int | str | None = None,
        reply_to_message_id: int | None = None,
        sender_chat_id: int | None = None,
    ) -> dict[str, Any]:
        return dict(
            await self._call(
                "post",
                chat_id=chat_id,
                user_id=user_id,
                text=text,
                caption=caption,
                photo=photo,
                document_name=document_name,
                forward_origin=forward_origin,
                date=date,
                reply_to_message_id=reply_to_message_id,
                sender_chat_id=sender_chat_id,
            )
        )

    async def edit(
        self,
        chat_id: int,
        message_id: int,
        *,
        text: str | None = None,
        caption: str | None = None,
        date: int | str | None = None,
    ) -> dict[str, Any]:
        return dict(
            await self._call(
                "edit",
                chat_id=chat_id,
                message_id=message_id,
                text=text,
                caption=caption,
                date=date,
            )
        )

    async def private(
        self, user_id: int, text: str, *, date: int | str | None = None
    ) -> dict[str, Any]:
        return dict(await self._call("private", user_id=user_id, text=text, date=date))

    async def press_button(
        self, user_id: int, message_id: int, data: str, *, chat_id: int | None = None
    ) -> str:
        return str(
            await self._call(
                "press_button", user_id=user_id, message_id=message_id, data=data, chat_id=chat_id
            )
        )

    async def block_bot(self, user_id: int) -> None:
        await self._call("block", user_id=user_id)

    async def unblock_bot(self, user_id: int) -> None:
        await self._call("unblock", user_id=user_id)

    async def migrate_to_supergroup(self, chat_id: int) -> int:
        return int(await self._call("migrate", chat_id=chat_id))

    async def inject_failure(
        self,
        method: str,
        *,
        error_code: int,
        count: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
        chat_id: int | None = None,
    ) -> None:
        await self._call(
            "inject_failure",
            method=method,
            error_code=error_code,
            count=count,
            retry_after=retry_after,
            description=description,
            chat_id=chat_id,
        )

    async def inject_updates(self, updates: list[dict[str, Any]]) -> list[int]:
        """Raw updates (without update_id), queued unchecked: see fuzz tests."""
        return [int(i) for i in await self._call("inject_updates", updates=updates)]

    async def stall(self, method: str, *, after: int = 0) -> None:
        await self._call("stall", method=method, after=after)

    async def release_stall(self) -> None:
        await self._call("release_stall")

    async def stalled(self) -> int:
        return int(await self._call("stalled"))

    async def set_chaos(
        self, method: str | None, *, p429: float = 0.0, p5xx: float = 0.0, seed: int = 1
    ) -> None:
        await self._call("chaos", method=method, p429=p429, p5xx=p5xx, seed=seed)

    async def clear_failures(self) -> None:
        await self._call("clear_failures")

    async def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        return list(await self._call("sent", chat_id=chat_id))

    async def edits(self) -> list[dict[str, Any]]:
        return list(await self._call("edits"))

    async def requests(self, method: str | None = None) -> list[dict[str, Any]]:
        return list(await self._call("requests", method=method))

    async def violations(self) -> list[str]:
        return list(await self._call("violations"))

    async def pending_updates(self) -> int:
        return int(await self._call("pending_updates"))

    async def callback_answers(self) -> list[dict[str, Any]]:
        return list(await self._call("callback_answers"))

    async def commands(self) -> dict[str, list[dict[str, Any]]]:
        return dict(await self._call("commands"))

    async def reset_log(self) -> None:
        await self._call("reset_log")
