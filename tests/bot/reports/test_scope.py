"""Who may grant and revoke what: the rules behind /grant and /revoke."""

from __future__ import annotations

import pytest

from bot.reports import (
    ReportError,
    Scope,
    check_grant,
    check_revoke,
    parse_departments,
    parse_user_id,
)

KNOWN = ["党政办", "应急办", "县 统计局"]
FOUNDER = Scope(None, founder=True)
CHIEF = Scope(None)
PARTY = Scope(frozenset({"党政办"}))
BOTH = Scope(frozenset({"党政办", "应急办"}))


def grant(granter: Scope, target: Scope | None, requested: str = "") -> frozenset[str] | None:
    return check_grant(
        granter=granter,
        granter_id=1,
        target_id=2,
        target=target,
        requested=parse_departments(requested, KNOWN),
    )


def refusal(call: object, *args: object, **kwargs: object) -> str:
    assert callable(call)
    with pytest.raises(ReportError) as caught:
        call(*args, **kwargs)
    return caught.value.key


def test_departments_are_parsed_and_checked() -> None:
    assert parse_departments("", KNOWN) is None
    assert parse_departments("党政办，应急办", KNOWN) == frozenset({"党政办", "应急办"})
    assert parse_departments("党政办 应急办", KNOWN) == frozenset({"党政办", "应急办"})
    assert parse_departments("县 统计局", KNOWN) == frozenset({"县 统计局"})
    assert parse_departments("党政办、县 统计局", KNOWN) == frozenset({"党政办", "县 统计局"})
    with pytest.raises(ReportError) as caught:
        parse_departments("党政办, 财政局", KNOWN)
    assert caught.value.key == "unknown_department" and "财政局" in caught.value.describe("zh")


@pytest.mark.parametrize("text", ["abc", "-5", "0", "1.5", "", "99999999999999999999"])
def test_user_ids_must_be_positive_integers(text: str) -> None:
    assert refusal(parse_user_id, text) == "bad_user"


def test_user_ids_accept_full_width_digits() -> None:
    assert parse_user_id(" 12345 ") == 12345 and parse_user_id("１２３") == 123


def test_grant_matrix() -> None:
    assert grant(FOUNDER, None) is None
    assert grant(CHIEF, None, "应急办") == frozenset({"应急办"})
    assert grant(PARTY, None) == frozenset({"党政办"})  # by default, the granter's own scope
    assert grant(BOTH, PARTY, "应急办") == frozenset({"应急办"})  # a narrower target may be changed
    assert refusal(grant, PARTY, None, "应急办") == "grant_outside"
    assert refusal(grant, PARTY, BOTH, "党政办") == "target_outside"
    assert refusal(grant, PARTY, CHIEF) == "target_outside"
    assert refusal(grant, CHIEF, FOUNDER) == "founder"
    with pytest.raises(ReportError) as caught:
        check_grant(granter=CHIEF, granter_id=5, target_id=5, target=CHIEF, requested=None)
    assert caught.value.key == "self"


def test_revoke_matrix() -> None:
    def revoke(revoker: Scope, target: Scope | None, same: bool = False) -> None:
        check_revoke(revoker=revoker, revoker_id=1, target_id=1 if same else 2, target=target)

    revoke(FOUNDER, CHIEF)
    revoke(CHIEF, PARTY)
    revoke(BOTH, PARTY)
    assert refusal(revoke, PARTY, BOTH) == "target_outside"
    assert refusal(revoke, PARTY, CHIEF) == "target_outside"
    assert refusal(revoke, CHIEF, FOUNDER) == "founder"
    assert refusal(revoke, CHIEF, None) == "not_granted"
    assert refusal(revoke, CHIEF, CHIEF, True) == "self"
