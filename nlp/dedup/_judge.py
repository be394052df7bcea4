"""Whether two notices are one: the near-verbatim tests, the guards, the learned scorer.

The index (:mod:`nlp.dedup._index`) finds the candidates; this decides each
pair. A near-verbatim copy merges when every fact of the smaller is in the
larger; a long text only as a verbatim excerpt; anything else is left to the
pair scorer, behind the guards that keep one template's siblings apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import numpy.typing as npt

from nlp.dedup._canonical import MOMENT
from nlp.dedup._figures import shares_figure
from nlp.dedup._guards import asks_apart, by_size, conflict, dues_agree, not_verbatim, overlap
from nlp.dedup._pair import TINY, PairScorer, asks_differ, features, may_pair, set_apart
from nlp.dedup._store import NO_DUE, View
from nlp.dedup._types import MatchScore
from nlp.dedup._wording import LONG_TEXT

__all__ = ["PairJudge", "Pending", "apart"]

# Below this Jaccard similarity two notices are different wordings, not one
# template filled twice: only their moments and venues are compared (_guards).
_LOOSE = 0.25


@dataclass(frozen=True, slots=True)
class Pending:
    """A pair the plain tests leave to the scorer: its features, and whether it is a
    relay into a related group (:func:`_relayed`), which stands even if it scores low."""

    values: list[float]
    relayed: bool


@dataclass(frozen=True, slots=True)
class PairJudge:
    """The thresholds of the plain tests and the scorer behind them."""

    jaccard: float
    containment: float
    min_contained: int
    reworded: tuple[float, float]
    reworded_window: timedelta
    undated_window: timedelta
    scorer: PairScorer

    def score(self, a: View, b: View, *, related: bool = False) -> MatchScore:
        """Similarity of two notices, whether the guards allow a merge, and why not:
        what :meth:`rank` decides, told. ``related``: see :meth:`rank`."""
        small, large = by_size(a, b)
        jaccard, contained = overlap(small, large)
        if self.plain(small, large, jaccard, contained):
            return MatchScore(jaccard, contained, True, None)
        if len(small.text) >= LONG_TEXT:  # documents travel verbatim, never retold
            reason = conflict(small, large, self.undated_window)
            return MatchScore(
                jaccard, contained, False, reason or not_verbatim(small.text, large.text)
            )
        probability = self.learned(small, large, jaccard, contained, related=related)
        reason = self.soft(small, large, jaccard) or apart(small, large, related=related)
        relayed = (related and _relayed(small, large)) or _particular(small, large)
        if reason is None and probability < self.scorer.threshold and not relayed:
            reason = f"unlike (scored {probability:.2f} < {self.scorer.threshold:.2f})"
        return MatchScore(jaccard, contained, reason is None, reason, probability)

    def rank(
        self,
        a: View,
        b: View,
        member: npt.NDArray[np.bool_] | None = None,
        *,
        related: bool = False,
    ) -> float | Pending | None:
        """What :meth:`score` decides, cheapest test first: a rank, None when they must
        not merge, or the features the scorer must still see (:meth:`ranks` scores a
        notice's pending pairs at once: one walk of the forest, not one per pair).
        ``member``: ``a``'s :func:`~nlp.dedup._guards.membership`, when the caller keeps one;
        ``related``: the two groups share a poster (:mod:`nlp.dedup._peers`): a feature
        of the scorer's, and a relay's last chance (:func:`_relayed`)."""
        small, large = by_size(a, b)
        reason = conflict(small, large, self.undated_window, explain=False, soft=True)
        if reason is not None and reason != "facts differ":
            return None  # most template siblings stop here, before any intersection
        jaccard, contained = overlap(small, large, None if member is None else (a, member))
        if reason is not None and (
            jaccard >= _LOOSE or self.soft(small, large, jaccard, explain=False)
        ):
            return None  # facts differ, and they are compared: one template, two notices
        if self.plain(small, large, jaccard, contained):
            return max(jaccard, contained)
        if len(small.text) >= LONG_TEXT or apart(small, large, related=related):
            return None  # documents travel verbatim, never retold; two townships' asks
        relayed = (related and _relayed(small, large)) or _particular(small, large)
        if not may_pair(small, large):
            return self.scorer.threshold * 0.5 if relayed else None
        return Pending(features(small, large, jaccard, contained, related=related), relayed)

    def ranks(self, pending: list[Pending]) -> list[float | None]:
        """The ranks of pairs :meth:`rank` left to the scorer, scored together."""
        if not pending:
            return []
        chances = self.scorer.probabilities([p.values for p in pending])
        cut = self.scorer.threshold
        return [
            chance * 0.9 if chance >= cut else cut * 0.5 if p.relayed else None
            for p, chance in zip(pending, chances, strict=True)
        ]

    def soft(
        self, small: View, large: View, jaccard: float, *, explain: bool = True
    ) -> str | None:
        """The guards for a pair the plain tests leave to the scorer."""
        loose = jaccard < _LOOSE
        return conflict(
            small, large, self.undated_window, explain=explain, soft=True, loose=loose
        )

    def plain(self, small: View, large: View, jaccard: float, contained: float) -> bool:
        """The near-verbatim tests: alike enough, every fact of the smaller in the larger.
        A text of a few characters ("三组？", "红崖 下坝") says the same in two groups
        by chance: it is a copy only where it was said before."""
        if small.hashes.size < TINY and small.group != large.group:
            return False
        if not self._similar(small, large, jaccard, contained) or asks_differ(small, large):
            return False
        if conflict(small, large, self.undated_window, explain=False) is not None:
            return False
        return len(small.text) < LONG_TEXT or not not_verbatim(small.text, large.text)

    def learned(
        self, small: View, large: View, jaccard: float, contained: float, *,
        related: bool = False,
    ) -> float:
        """The scorer's probability; nought for a pair it may not see
        (:func:`nlp.dedup._pair.may_pair`)."""
        if not may_pair(small, large):
            return 0.0
        values = features(small, large, jaccard, contained, related=related)
        return self.scorer.probability(values)

    def _similar(self, small: View, large: View, jaccard: float, contained: float) -> bool:
        if jaccard >= self.jaccard:
            return True
        if contained >= self.containment and small.hashes.size >= self.min_contained:
            return True
        anchored = self._anchored(small, large)
        return anchored and (jaccard >= self.reworded[0] or contained >= self.reworded[1])

    def _anchored(self, a: View, b: View) -> bool:
        """A reworded copy asks for the same thing by the same minute, within days.

        Then far less wording need be shared ("市森林防火检查组11月24日10时来白水镇查…"
        rewords "…将于下周二（11月24日）上午10点到白水镇检查…").
        """
        minutes = int(self.reworded_window.total_seconds()) // 60
        return a.due != NO_DUE and a.due == b.due and abs(a.sent - b.sent) <= minutes


_RELAY_HOURS = 24


def apart(small: View, large: View, *, related: bool) -> str | None:
    """Why a pair the plain tests leave to the scorer is two notices of two groups
    that share no poster and no place: their asks differ
    (:func:`~nlp.dedup._guards.asks_apart`), or one states a clock the other's day
    only covers ("due at the dispensary by Thursday 5th Nov, 4pm" beside "in eCHIS by
    Thursday 5th November"): each group's own deadline, where a relay, which comes
    through someone who posts in both, may tell the day alone."""
    if related or small.group == large.group:
        return None
    if asks_apart(small, large):
        return "asks differ (offices or figures asked)"
    if small.due != large.due and dues_agree(small, large):
        return "a vaguer due in an unrelated group"
    return None


def _relayed(small: View, large: View) -> bool:
    """A retelling carried into a related group: it asks by the very moment the
    notice asks by, said as precisely ("今天下午2点半" of "明天下午2:30", "周五前" of
    "本周五前"), within a day. A vaguer telling of a stated minute is not enough
    there; the guards have already kept apart what names another room, date or
    figure."""
    return (
        small.due != NO_DUE and small.due == large.due and small.vague == large.vague
        and abs(small.sent - large.sent) <= _RELAY_HOURS * 60
    )  # fmt: skip


_TOLD_HOURS = 24  # an outage or works notice is retold the same day


def _particular(small: View, large: View) -> bool:
    """A retelling, in another group or its own, in other words or another language, that asks
    by the notice's very clock minute (stated outright, no day's or 下午's default)
    and names one of its particular figures: a block, a room, a lab, a sum ("Round 2
    today, 9am at 620 void deck" and "今天早上9点620座楼下集合"; "Structures Lab
    safety orientation Mon 11 Jan, 9:30am, GB 121" and "结构实验室的安全培训1月11号
    周一上午9:30，GB 121"). The two share no word the scorer could weigh; the guards
    have already kept apart another block or room, date or clock named. So is one
    that asks by no moment, within the day, and names the notice's figure and one
    of its moments: an outage or works notice ("Water supply interruption at Blk 518
    on Thu 10 Dec, 9am–3pm" and "12月10号早上9点到下午3点，518座停水"). Not two
    asks of one minute for two things, an aside, or news after a due
    (:func:`~nlp.dedup._pair.set_apart`). Dev pairs R 0.745 -> 0.750 at P 0.963,
    train 0.727 -> 0.729 at 0.878 -> 0.879 (with the denied figures of
    :mod:`nlp.dedup._figures`). In the notice's own group the same minute and figure
    say no less ("601-609 photos? … 48 hrs is up tmrw 10.15am" of the dengue notice
    for Blk 601 to 609 due then; train pairs R 0.738 -> 0.739 at P 0.878, dev
    unchanged)."""
    if not shares_figure(small.keys, large.keys):
        return False
    if small.due == large.due == NO_DUE:
        told = any(key >> 60 == MOMENT for key in small.keys & large.keys)
        if not told or abs(small.sent - large.sent) > _TOLD_HOURS * 60:
            return False
    elif small.due != large.due or small.vague or large.vague:
        return False
    return not set_apart(small, large)
