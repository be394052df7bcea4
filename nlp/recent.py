"""A bounded map of results for recent texts.

The same notice arrives again and again, forwarded from group to group within
hours, and everything a component derives from the text alone (tokens, norms,
features) is the same each time. Keyed by the text, so a hit is exact.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from threading import Lock
from typing import Generic, TypeVar

__all__ = ["RECENT_TEXTS", "Recent"]

# Distinct texts remembered: several hours of a county's groups, a few MB.
RECENT_TEXTS = 4096

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


class Recent(Generic[Key, Value]):
    """Least recently used entries leave first; safe to share between threads."""

    def __init__(self, size: int = RECENT_TEXTS) -> None:
        if size < 1:
            raise ValueError(f"a Recent map holds at least one entry, got size {size}")
        self._size = size
        self._items: OrderedDict[Key, Value] = OrderedDict()
        self._lock = Lock()
        self.hits = self.misses = 0

    def get(self, key: Key, compute: Callable[[], Value]) -> Value:
        """The value kept for ``key``, else ``compute()``'s, kept from now on."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]
        value = compute()  # outside the lock: computing is the slow part
        self._keep({key: value})
        return value

    def get_many(
        self, keys: Sequence[Key], compute: Callable[[list[Key]], list[Value]]
    ) -> list[Value]:
        """:meth:`get` for many keys, the missing ones computed in one call."""
        found: dict[Key, Value] = {}
        with self._lock:
            for key in keys:
                if key in self._items:
                    self._items.move_to_end(key)
                    found[key] = self._items[key]
            self.hits += len(found)
        missing = [key for key in dict.fromkeys(keys) if key not in found]
        if missing:
            computed = dict(zip(missing, compute(missing), strict=True))
            self._keep(computed)
            found.update(computed)
        return [found[key] for key in keys]

    def _keep(self, values: dict[Key, Value]) -> None:
        with self._lock:
            self.misses += len(values)
            self._items.update(values)
            for key in values:
                self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
