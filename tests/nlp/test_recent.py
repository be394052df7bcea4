"""The bounded map of results for recent texts."""

from __future__ import annotations

from functools import partial

import pytest

from nlp.recent import Recent


def test_recent_keeps_the_newest_and_counts_hits() -> None:
    recent: Recent[str, int] = Recent(size=2)
    calls: list[str] = []

    def compute(key: str) -> int:
        calls.append(key)
        return len(key)

    for key in ("a", "bb", "a", "ccc", "bb", "a"):
        assert recent.get(key, partial(compute, key)) == len(key)
    # "a" stayed (used again before "ccc" came), "bb" left when "ccc" came
    assert calls == ["a", "bb", "ccc", "bb", "a"]
    assert (recent.hits, recent.misses, len(recent)) == (1, 5, 2)
    with pytest.raises(ValueError, match="at least one"):
        Recent(size=0)


def test_recent_computes_only_what_it_lacks_in_one_call() -> None:
    recent: Recent[str, int] = Recent(size=3)
    asked: list[list[str]] = []

    def lengths(keys: list[str]) -> list[int]:
        asked.append(keys)
        return [len(key) for key in keys]

    assert recent.get_many(["a", "bb", "a"], lengths) == [1, 2, 1]
    assert recent.get_many(["bb", "ccc", "dddd"], lengths) == [2, 3, 4]
    assert asked == [["a", "bb"], ["ccc", "dddd"]]  # "a" left when "dddd" came
    assert recent.get_many(["a"], lengths) == [1] and asked[-1] == ["a"]
    assert len(recent) == 3
