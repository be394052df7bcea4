"""Which groups are related: the groups that share someone who posts in both.

A notice reaches a village group because someone who reads the township group
carries it there (and says 收到 in the one, relays in the other); a ward's copy
comes from a charge nurse who sits in the matron's group too. So two groups one
person posts in are where one notice's retellings meet, and a retelling there
that asks by the very minute the notice asks by is its copy, however few words
the two share. Groups no one has in common are where two notices due at the
same minute meet by chance.
"""

from __future__ import annotations

import re
import zlib
from collections import OrderedDict

__all__ = ["GroupPeers", "title_places"]

_GROUPS_PER_SENDER = 32  # the groups remembered per poster, the latest
_PEERS_PER_GROUP = 256  # an all-staff announcer relates everything: a bound, not a rule


class GroupPeers:
    """Groups (as the index stores them) and the groups they share a poster with."""

    def __init__(self) -> None:
        self._groups_of: dict[int, OrderedDict[int, None]] = {}
        self._peers: dict[int, OrderedDict[int, None]] = {}

    def note(self, group: int, sender: int) -> None:
        """``sender`` posted in ``group`` (0 for either is unknown and says nothing)."""
        if not group or not sender:
            return
        groups = self._groups_of.setdefault(sender, OrderedDict())
        if group in groups:
            groups.move_to_end(group)
            return
        for other in groups:
            self._relate(group, other)
            self._relate(other, group)
        groups[group] = None
        if len(groups) > _GROUPS_PER_SENDER:
            groups.popitem(last=False)

    def note_title(self, group: int, title: str) -> None:
        """``group`` is named ``title``: it shares a stand-in poster with every group
        named for a place it names (:func:`title_places`)."""
        for place in title_places(title):
            self.note(group, _place_poster(place))

    def related(self, group: int, other: int) -> bool:
        """Whether someone has posted in both (a group is not its own peer)."""
        peers = self._peers.get(group)
        return group != other and peers is not None and other in peers

    def peers(self, group: int) -> list[int]:
        """The groups ``group`` shares a poster with, the latest related first."""
        found = self._peers.get(group)
        return list(reversed(found)) if found else []

    def _relate(self, group: int, other: int) -> None:
        peers = self._peers.setdefault(group, OrderedDict())
        peers[other] = None
        peers.move_to_end(other)
        if len(peers) > _PEERS_PER_GROUP:
            peers.popitem(last=False)


# A township, village, street or community a group is named for ("那坤镇", "板吉村",
# "七星岗街道", "金汤街社区", "哈日根台嘎查"): two to four characters before the unit.
# Not a county or district, which holds a hundred groups that share nothing else.
_PLACE = re.compile(r"(?<![各全本每])[\u4e00-\u9fff]{2,4}?(?:街道|社区|苏木|嘎查|镇|乡|村)")


def title_places(title: str) -> list[str]:
    """The places a group's title names (see above), in order."""
    return list(dict.fromkeys(p for p in _PLACE.findall(title) if "乡村" not in p))


def _place_poster(place: str) -> int:
    """A stand-in poster for a place named in titles: below zero, never a Telegram user."""
    return -(zlib.crc32(place.encode()) + 1)
