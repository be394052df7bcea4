"""Which candidate is the due moment.

The reader must act by the earliest live deadline (前, 截止, by, within N
days); failing that, by the earliest event start; failing that, by the
earliest day mentioned. A demand on a schedule ("每天9点前打卡") has no
single due moment at all, whatever else the message mentions.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp.due._patterns import ACKNOWLEDGEMENT, RECURRING
from nlp.due._types import Candidate, Role

__all__ = ["ACKNOWLEDGEMENT_LIMIT", "choose", "is_acknowledgement"]

ACKNOWLEDGEMENT_LIMIT = 24  # longer than this, a message after "好的" is a notice


def is_acknowledgement(prepared: str) -> bool:
    """A short reply opening with 收到/好的/noted: the sender answers, nobody is asked."""
    return len(prepared) <= ACKNOWLEDGEMENT_LIMIT and bool(ACKNOWLEDGEMENT.match(prepared))


def choose(candidates: Sequence[Candidate], text: str) -> tuple[Candidate | None, str]:
    """The due candidate (or None) and a one-line reason for the choice."""
    if is_acknowledgement(text):
        return None, "acknowledgement"
    recurring = RECURRING.search(text)
    if recurring:
        return None, f"recurring demand {recurring.group()!r}"
    live = [candidate for candidate in candidates if candidate.dropped is None]
    if not live:
        reasons = sorted({candidate.dropped or "" for candidate in candidates})
        return None, ("all dropped: " + ", ".join(reasons)) if reasons else "no date or time"
    for role in Role:
        of_role = [candidate for candidate in live if candidate.role is role]
        if of_role:
            chosen = min(of_role, key=lambda candidate: candidate.moment)
            return chosen, f"earliest {role.value} of {len(live)} live"
    raise AssertionError("every live candidate has a role")  # pragma: no cover
