"""A loopback fake of the Telegram Bot API, owned by the project.

Stateful (users, chats, members, messages), speaking real Bot API JSON over
HTTP, checking every request against the official description
(``bot-api.json``, Bot API 10.1, MIT-licensed, from ../shared/telegram) and
validating every reply against it. Tests and ``fingertip demo`` run the real
python-telegram-bot Application against it; nothing is mocked.
"""

from sim.fakegram._client import ControlError, FakeTelegramControl
from sim.fakegram._fake import FakeTelegram

__all__ = ["ControlError", "FakeTelegram", "FakeTelegramControl"]
