"""One update that python-telegram-bot cannot read must not stop the bot.

``Bot.get_updates`` parses a whole batch at once; if one update fails (a field
of a newer Bot API, an out-of-range number), the batch raises, the offset never
moves past it, and polling fetches the same batch forever. The getUpdates
request used here replaces such an update by its bare ``update_id``: it is
confirmed, handled as an empty update (no handler matches), and logged once.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from telegram import Update
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, HTTPXRequest, RequestData

__all__ = ["TolerantUpdatesRequest"]

_log = logging.getLogger(__name__)


def _readable(item: Any) -> Any:
    if not isinstance(item, dict) or not isinstance(item.get("update_id"), int):
        return item  # not an update at all: let python-telegram-bot say so
    try:
        Update.de_json(dict(item), None)
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError, OSError) as exc:
        kinds = sorted(key for key in item if key != "update_id")
        _log.warning(
            "skipped update %s (%s) that cannot be read: %s: %s",
            item["update_id"],
            ", ".join(kinds) or "empty",
            type(exc).__name__,
            str(exc)[:200],
        )
        return {"update_id": item["update_id"]}
    return item


class TolerantUpdatesRequest(HTTPXRequest):
    """The getUpdates connection (pool of one, as PTB's default), batch-tolerant."""

    def __init__(self) -> None:
        super().__init__(connection_pool_size=1)

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        code, payload = await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        if code != 200 or not url.endswith("/getUpdates"):
            return code, payload
        try:
            body = json.loads(payload)
        except ValueError:
            return code, payload  # python-telegram-bot reports a broken answer itself
        if isinstance(body, dict) and isinstance(body.get("result"), list):
            body["result"] = [_readable(item) for item in body["result"]]
            payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return code, payload
