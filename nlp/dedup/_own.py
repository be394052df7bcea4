"""What a chase names of its own: another object, or only who is behind.

A chase that shares no word of weight with the request it chases either calls
it by a nickname ("Oct numbers" for "October branch statistics") or names only
the units still behind ("still need Childers and Gin Gin"); one that names a
thing the request does not ("冬季取暖困难户摸排表…就差后山" beside a request for
the fire's report, "Still missing the volunteer availability sheet" beside the
travel plans asked by that day) chases another request, whatever the group's
open requests are. Names are capitalised in English and are not the object:
their words, and the glossary's words for them ("Mobile" the branch is no
手机号), are left out, and so are the words of any owed thing ("numbers",
"sheets", "lists") and of its cue ("still outstanding", "waiting on"), which
every chase says.
"""

from __future__ import annotations

import re

import numpy as np

from nlp.dedup._canonical import canonical
from nlp.dedup._cues import cue_words
from nlp.dedup._glossary import concepts
from nlp.dedup._store import View
from nlp.dedup._words import code_of, stem, weights_of
from nlp.owed import OWED_THINGS_EN

__all__ = ["names_other"]

# A word of at least this weight that the request lacks names another object
# (the scorer's rare word, see nlp.dedup._pair).
_OTHER = 6.0
_NAME = re.compile(r"(?<![\w'])[A-Z][A-Za-z'-]+")
_OWED = re.compile(rf"\b(?:{OWED_THINGS_EN})\b")


def _unnamed(text: str) -> frozenset[int]:
    """The word codes of the names in ``text`` (as received) and of its owed things."""
    words = [name.lower() for name in _NAME.findall(text)]
    words += _OWED.findall(text.lower()) + cue_words(canonical(text))
    codes = {code_of(stem(word)) for word in words}
    codes.update(code_of(concept) for word in words for concept in concepts(word))
    return frozenset(codes)


def names_other(chase: View, text: str, request: View) -> bool:
    """Whether ``chase`` (``text`` as received) names a heavy word ``request`` lacks,
    beside the names of who is behind and the owed things (see the module)."""
    if not chase.words.size:
        return False
    codes = chase.words >> np.uint32(8)
    own = ~np.isin(codes, request.words >> np.uint32(8))
    if not own.any():
        return False
    own &= ~np.isin(codes, np.fromiter(_unnamed(text), dtype=np.uint32))
    return bool(own.any()) and float(weights_of(chase.words)[own].max()) >= _OTHER
