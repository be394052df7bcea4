"""Gradient-boosted decision trees for the pair scorer, in numpy alone.

Whether two notices are one depends on features in combination, not in sum: a
rare shared word is evidence in the notice's own group within its window and
next to none across groups a week apart; the due minute agreeing means much
when both state a clock time and little when both are a day's default. A
logistic scorer adds its features up, so a rule had to gate which pairs it
might see; shallow trees learn the combinations from the train split's pairs
instead. Fitting is Newton boosting on binned features (histograms, as in
LightGBM), deterministic, a few seconds for thirty thousand pairs; the fitted
forest is a few arrays, and scoring one pair walks every tree at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["Forest", "fit_forest"]

_BINS = 32  # candidate split points per feature: its quantiles over the training pairs
_L2 = 1.0  # Newton leaf weights' penalty
_MIN_HESSIAN = 1.0  # a child must carry this much curvature (about 4 to 10 pairs)

Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Forest:
    """Complete binary trees of one depth; a node that does not split sends every
    pair left (threshold +inf), so its right subtree is never reached."""

    base: float
    rate: float
    feature: npt.NDArray[np.int16]  # (trees, 2**depth - 1)
    threshold: Floats  # (trees, 2**depth - 1): go right when value > threshold
    leaf: Floats  # (trees, 2**depth)

    @property
    def depth(self) -> int:
        return int(self.leaf.shape[1]).bit_length() - 1

    def margin(self, rows: Floats) -> Floats:
        """Log-odds for each row (rows: pairs × features)."""
        trees = np.arange(self.feature.shape[0])
        node = np.zeros((rows.shape[0], trees.size), dtype=np.int64)
        picked = np.arange(rows.shape[0])[:, None]
        for _ in range(self.depth):
            feature = self.feature[trees, node]
            right = rows[picked, feature] > self.threshold[trees, node]
            node = 2 * node + 1 + right
        leaves = node - (self.feature.shape[1])
        summed: Floats = self.leaf[trees, leaves].sum(axis=1)
        return self.base + self.rate * summed

    def to_json(self) -> dict[str, Any]:
        return {
            "base": round(self.base, 6), "rate": self.rate,
            "feature": self.feature.tolist(),
            "threshold": [[_finite(t) for t in row] for row in self.threshold.tolist()],
            "leaf": np.round(self.leaf, 6).tolist(),
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Forest:
        threshold = np.asarray(
            [[np.inf if t is None else t for t in row] for row in data["threshold"]], np.float64
        )
        return cls(
            float(data["base"]), float(data["rate"]),
            np.asarray(data["feature"], np.int16), threshold,
            np.asarray(data["leaf"], np.float64),
        )  # fmt: skip


def _finite(value: float) -> float | None:
    return None if np.isinf(value) else round(value, 6)


def _edges(x: Floats) -> list[Floats]:
    """Each feature's candidate thresholds: distinct quantiles of its values."""
    levels = np.linspace(0, 1, _BINS + 1)[1:-1]
    return [np.unique(np.quantile(column, levels)) for column in x.T]


def _binned(x: Floats, edges: list[Floats]) -> npt.NDArray[np.int64]:
    """Bin b of a feature holds values in (edges[b-1], edges[b]]."""
    columns = [np.searchsorted(e, c, side="left") for c, e in zip(x.T, edges, strict=True)]
    return np.stack(columns, 1)


def _grow(
    bins: npt.NDArray[np.int64], edges: list[Floats], g: Floats, h: Floats, depth: int
) -> tuple[npt.NDArray[np.int16], Floats, Floats, npt.NDArray[np.int64]]:
    """One tree, level by level: every node's best split from one histogram per feature.
    Returns its splits, its leaf weights and the leaf each pair falls in."""
    inner = 2**depth - 1
    feature = np.zeros(inner, np.int16)
    threshold = np.full(inner, np.inf)
    cut = np.zeros(inner, np.int64)  # the split's bin: a pair goes right above it
    rows = np.arange(bins.shape[0])
    node = np.zeros(bins.shape[0], dtype=np.int64)  # index within the current level
    for level in range(depth):
        width, first = 2**level, 2**level - 1
        best = _best_splits(bins, node, g, h, width)
        for at, (gain, f, b) in enumerate(best):
            if gain > 0:
                feature[first + at], threshold[first + at], cut[first + at] = f, edges[f][b], b
        chosen = first + node
        right = np.isfinite(threshold[chosen]) & (bins[rows, feature[chosen]] > cut[chosen])
        node = 2 * node + right
    sums_g = np.bincount(node, g, minlength=2**depth)
    sums_h = np.bincount(node, h, minlength=2**depth)
    return feature, threshold, -sums_g / (sums_h + _L2), node


def _best_splits(
    bins: npt.NDArray[np.int64], node: npt.NDArray[np.int64], g: Floats, h: Floats, width: int
) -> list[tuple[float, int, int]]:
    """Per node of a level: (gain, feature, bin) of its best split, gain 0 if none."""
    best = [(0.0, 0, 0)] * width
    total_g = np.bincount(node, g, minlength=width)
    total_h = np.bincount(node, h, minlength=width)
    parent = total_g**2 / (total_h + _L2)
    for f in range(bins.shape[1]):
        size = int(bins[:, f].max()) + 1
        index = node * size + bins[:, f]
        left_g = np.cumsum(np.bincount(index, g, minlength=width * size).reshape(width, size), 1)
        left_h = np.cumsum(np.bincount(index, h, minlength=width * size).reshape(width, size), 1)
        right_g, right_h = total_g[:, None] - left_g, total_h[:, None] - left_h
        gain = left_g**2 / (left_h + _L2) + right_g**2 / (right_h + _L2) - parent[:, None]
        gain[(left_h < _MIN_HESSIAN) | (right_h < _MIN_HESSIAN)] = 0.0
        for at in range(width):
            b = int(np.argmax(gain[at]))
            if gain[at, b] > best[at][0] + 1e-12:
                best[at] = (float(gain[at, b]), f, b)
    return best


def fit_forest(
    x: Floats, y: npt.NDArray[np.int8], *, trees: int = 200, depth: int = 4, rate: float = 0.05
) -> Forest:
    """Boost ``trees`` trees of ``depth`` on pairs ``x`` labelled ``y`` (1: one notice)."""
    edges = _edges(x)
    bins = _binned(x, edges)
    prior = float(np.clip(y.mean(), 1e-6, 1 - 1e-6))
    base = float(np.log(prior / (1 - prior)))
    margin = np.full(y.size, base)
    grown = []
    for _ in range(trees):
        p = 1.0 / (1.0 + np.exp(-margin))
        feature, threshold, leaf, leaves = _grow(bins, edges, p - y, p * (1 - p), depth)
        grown.append((feature, threshold, leaf))
        margin += rate * leaf[leaves]
    return Forest(
        base, rate, np.stack([t[0] for t in grown]), np.stack([t[1] for t in grown]),
        np.stack([t[2] for t in grown]),
    )  # fmt: skip

