"""Which messages of a batch only join a notice they follow up, and how they chase it.

A chase the classifier took for chatter ("表呢？还差石门") may join its notice, but
never starts a cluster; one that names nothing but who is behind ("红崖 下坝") is
looked for only in its own group; a roll call ("三组？", and "Moston?" from the
one whose request is open there) chases what its group waits for next.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session

from nlp.chatter import asked_alone, calls_roll
from nlp.dedup import chases, could_follow_up
from nlp.types import Kind
from storage import repository as repo
from storage.repository import StoredNotice

__all__ = ["FollowUps", "follow_ups_of"]

# How long a request stays its sender's to chase by a name alone ("Moston?").
_ASKED_WITHIN = timedelta(days=3)


@dataclass(frozen=True, slots=True)
class FollowUps:
    joining: set[int]  # chatter that may only join a notice (ClusterIndex.place_batch)
    bare: set[int]  # of those, what names nothing of chasing: only its own group's
    rolls: set[int]  # roll calls of who is behind, chatter or not
    asked: set[int]  # names asked alone by the one whose request is open there


def follow_ups_of(
    session: Session, notices: Sequence[StoredNotice], alone: Mapping[int, str]
) -> FollowUps:
    """The follow-ups among ``notices``; ``alone`` is each one's prepared text, when
    it was read without an attachment."""
    chatter = [n for n in notices if n.kind == Kind.CHATTER]
    rolls = {n.id for n in notices if calls_roll(n.text)}
    # a name asked alone, whatever the classifier took it for ("Rh Jimbun?" kept as a
    # report): dev pairs R 0.7543 -> 0.7550, train 0.7321 -> 0.7334 at equal precision
    asking = {n.id for n in notices if n.id not in rolls and asked_alone(n.text)}
    asked = repo.asked_by_requester(session=session, notice_ids=asking, within=_ASKED_WITHIN)
    rolls |= asked
    joining = {n.id for n in chatter if chases(n.text, prepared=alone.get(n.id))}
    bare = {n.id for n in chatter if n.id not in joining and could_follow_up(n.text)}
    joining |= bare | {n.id for n in chatter if n.id in rolls}
    return FollowUps(joining, bare, rolls, asked)
