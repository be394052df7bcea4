"""What keeps a message the classifier calls chatter: asks, warnings and changes told in
shapes the older cues missed (a reply that goes on to a fresh ask of the group, an order
in radio shorthand, a chase by who has sent so far), and their look-alikes in talk."""

from __future__ import annotations

from nlp.chatter import settle_kind
from nlp.normalize import normalize_text
from nlp.types import Kind
from tests.nlp.test_chatter import UNSURE


def test_a_notice_kept_for_what_it_tells_has_nothing_due() -> None:
    text = "复查是阴性 明天幼儿园照常开放"
    scores = {**UNSURE, "notice": 0.3, "task": 0.1}
    kept = settle_kind(scores, normalize_text(text), text, has_due=True, sure=0.6)
    assert kept.kind is Kind.NOTICE and not kept.due_kept
