"""Secrets never reach a log line: one filter masks the bot token and database
passwords in messages, arguments, exception text and stack traces.

The Bot API puts the token in every URL (``/bot<token>/getMe``), so any library
that logs a request or an exception with its URL would print it; masking at the
root handler catches all of them, whoever logs.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from types import TracebackType
from urllib.parse import quote, unquote

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

__all__ = ["MASK", "RedactingFilter", "install_redaction", "mask_url_passwords", "secrets_of"]

MASK = "***"
# user:password@ in any URL-like text, whatever the scheme.
_URL_PASSWORD = re.compile(r"(?P<head>[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*:)[^@\s]+(?=@)")
# Anything shaped like a Bot API token, even one the config never held.
_TOKEN_SHAPE = re.compile(r"(?<![0-9])\d{5,}:[A-Za-z0-9_-]{30,}")


def mask_url_passwords(text: str) -> str:
    """``scheme://user:secret@host`` becomes ``scheme://user:***@host``."""
    return _URL_PASSWORD.sub(lambda m: m.group("head") + MASK, text)


def _database_password(url: str) -> str | None:
    try:
        return make_url(url).password
    except (ArgumentError, ValueError):
        match = _URL_PASSWORD.search(url)
        return unquote(match.group(0).rsplit(":", 1)[1]) if match else None


def secrets_of(token: str, database_url: str) -> list[str]:
    """What must never be printed: the token (and its secret half), the password
    (also as it is spelled inside a URL)."""
    found: list[str] = []
    if token:
        found.append(token)
        _, _, secret = token.partition(":")
        if len(secret) >= 8:
            found.append(secret)
    password = _database_password(database_url) if database_url else None
    if password:
        found.extend({password, quote(password, safe="")})
    return found


class RedactingFilter(logging.Filter):
    """Rewrites each record in place; never drops one."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self._secrets: list[str] = []
        self.add(secrets)

    def add(self, secrets: Iterable[str]) -> None:
        known = set(self._secrets) | {s for s in secrets if s}
        self._secrets = sorted(known, key=len, reverse=True)  # longest first

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return _TOKEN_SHAPE.sub(MASK, mask_url_passwords(text))

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def _log_uncaught(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, trace)
        return
    logging.getLogger("fingertip").critical("uncaught exception", exc_info=(kind, value, trace))


def install_redaction(secrets: Iterable[str]) -> RedactingFilter:
    """The one filter, on the root logger and each of its handlers (records
    from other loggers reach the root's handlers without passing its filters)."""
    root = logging.getLogger()
    existing = next((f for f in root.filters if isinstance(f, RedactingFilter)), None)
    active = existing or RedactingFilter()
    active.add(secrets)
    if existing is None:
        root.addFilter(active)
    for handler in root.handlers:
        if active not in handler.filters:
            handler.addFilter(active)
    sys.excepthook = _log_uncaught  # a crash's traceback goes through the filter too
    return active
