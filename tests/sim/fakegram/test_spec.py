"""The validator that keeps the fake honest must itself catch mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim.fakegram._spec import load_spec

SHARED = Path(__file__).resolve().parents[4] / "shared" / "telegram" / "bot-api.json"
VENDORED = Path(__file__).resolve().parents[3] / "sim" / "fakegram" / "bot-api.json"


def test_vendored_description_is_the_shared_one() -> None:
    if not SHARED.exists():
        pytest.skip("../shared/telegram/bot-api.json is not beside this checkout")
    assert VENDORED.read_bytes() == SHARED.read_bytes()


def test_valid_objects_pass() -> None:
    spec = load_spec()
    user = {"id": 1, "is_bot": False, "first_name": "王"}
    message = {
        "message_id": 1,
        "date": 1,
        "chat": {"id": -100, "type": "supergroup"},
        "from": user,
        "text": "/start",
        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
    }
    assert spec.validate_object("Message", message) == []
    assert spec.validate_object("ChatMember", {"status": "left", "user": user}) == []


@pytest.mark.parametrize(
    ("type_name", "value", "expected"),
    [
        ("User", {"id": 1, "is_bot": False}, "missing required field 'first_name'"),
        ("User", {"id": "1", "is_bot": False, "first_name": "x"}, "expected Integer"),
        ("User", {"id": 1, "is_bot": False, "first_name": "x", "nick": "y"}, "unknown field"),
        ("Message", {"message_id": 1, "date": 1, "chat": {"id": 1}}, "missing required field"),
        (
            "ChatMember",
            {"status": "administrator", "user": {"id": 1, "is_bot": False, "first_name": "x"}},
            "missing",
        ),
    ],
)
def test_broken_objects_are_caught(type_name: str, value: object, expected: str) -> None:
    errors = load_spec().validate_object(type_name, value)
    assert any(expected in error for error in errors), errors


def test_reply_types_follow_the_method() -> None:
    spec = load_spec()
    assert spec.validate_reply("getChatMemberCount", 3) == []
    assert spec.validate_reply("getChatMemberCount", "3") != []
