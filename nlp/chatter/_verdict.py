"""The kind a message gets: the classifier's, unless it says chatter without evidence."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from nlp.chatter._ask import calls_for_help, calls_now, settle_ask
from nlp.chatter._ask_told import asks_someone_now
from nlp.chatter._asked_about import asks_about_notice
from nlp.chatter._keep import ALL_BUT_CALL_OUT, keep_evidence
from nlp.chatter._named import not_urgent
from nlp.chatter._opening import opening_news
from nlp.chatter._state_time import tells_state_time
from nlp.chatter._talk import (
    HANDING_OVER,
    LAUGHS,
    PROMISE,
    blank_own_by,
    chatter_evidence,
    hands_over,
    is_reply,
)
from nlp.chatter._talk_time import LIMIT as _LIMIT
from nlp.chatter._talk_time import names_talk_time, promised_by
from nlp.chatter._told import TOLD, told_evidence
from nlp.leading import led
from nlp.types import Kind
from nlp.urgent_hazards import hazard_now

__all__ = ["KindVerdict", "settle_kind"]

# A message that opens by calling two or more people out and then tells a state of
# things ("@老王 @小李 锅炉又不行了") hands it to them; a remark to one colleague
# ("@小吴 盒饭放你桌上了") does not.
_OPENING_CALL_OUT = re.compile(r"\s*@[^\s@]{1,20}\s*(?:@[^\s@]{1,20}\s*)+[^\s@]")
_OWN_HASTE = led(
    r"我们?(?:这边|也|就)?(?:马上|立即|立刻|现在|这就|赶紧|尽快)|\bi'll\b.{0,12}\bnow\b"
)
# A clause that ends "马上发", "马上回", "马上到" promises the speaker's own haste, whoever
# the subject ("青石的在盖章，马上发", "马上发你", "在楼下 马上上来", "印好了 马上送过去"); an
# order to others goes on ("马上到村部集合") or names them ("请马上报", "你马上去", "各组马上交").
_PROMISED_HASTE = led(
    r"(?<![请你您都])(?<!你们)(?<!大家)(?<!各.)马上就?(?:发|回|到|好|来|过来|回来|去|挪|送|送过来|安排|处理|弄|办|改|收"
    r"|上来|上去|下来|过去|送来|送上去|送下来|回去拿|登|填|查|报|开"
    r"|交|传|整|整理|扫|送过去|发过去|拿过去|拿过来)(?:你|您)?(?=$|[\s,，。.!！~])"
    r"|^\s*马上\s*[。.!！~]*\s*$"  # a reply of one word: "马上"
    # said twice, or as a clause of its own beside the work in hand: "马上马上，在盖章了",
    # "马上，还差一个", "红崖在拍 马上", "我交了忘截了，马上"
    r"|马上马上|^\s*马上[\s,，。!！~]+"
    r"|(?:在|了)[^\s,，。]{0,8}[\s,，。]+马上[。.!！~]*$"
)
# A reply that allows a way to hand over answers the colleague who asked ("对的，截个图
# 发我就行", "可以，拍照发我也行", "对，下周一报上来就行"): no fresh ask to the group.
_CONCEDED = re.compile(
    r"(?:[发报交给转](?:给)?我|报上来|交上来)[^，,。.!！?？]{0,6}(?:就行|也行|都行|就可以|也可以|就好)"
)
# ... unless it turns to the group ("收到，大家拍照发我就行")
_TO_ALL = re.compile("大家|各位|各[村组社单网]|请|都要|务必|所有")
# Which cues still keep a message that is plainly chatter of one sort. A reply
# repeats the notice it answers ("收到，马上去", "已到现场，明火已灭"), so only a
# fresh ask to the group keeps it; the speaker's own 马上 ("我马上过来") is no
# demand (it is blanked first); an @mention inside a question or a remark
# addresses one colleague.
_NO_PLEA = tuple(name for name in ALL_BUT_CALL_OUT if name != "plea")
_KEEPERS: dict[str, tuple[str, ...]] = {
    "no words": (),
    "reply": ("ask",),
    # a "please" in the speaker's own plans or in a question asks a favour of one colleague
    "self": _NO_PLEA,
    "own": ALL_BUT_CALL_OUT,
    "question": _NO_PLEA,
    "status": ALL_BUT_CALL_OUT,
    "account": ALL_BUT_CALL_OUT,
    "remark": ALL_BUT_CALL_OUT,
    # its own time is the promise itself, not a deadline set for others
    "promise": ("urgent", "hazard", "announce", "inspection", "change", "ask", "meet"),
    "social": ALL_BUT_CALL_OUT,
    # a unit's own part still behind is no chase of others
    "behind": tuple(n for n in ALL_BUT_CALL_OUT if n not in ("deadline", "roll")),
    # weak evidence (see _told): anything that asks still keeps it
    **{name: ALL_BUT_CALL_OUT for name in TOLD},
}


@dataclass(frozen=True, slots=True)
class KindVerdict:
    """The kind a message gets, and why (for ``explain`` and for the eval's error lists)."""

    kind: Kind
    reason: str
    # False when the text is a reply, promise or status the classifier took for a notice:
    # the time it names ("二组明晚开会 开完就给") is the speaker's, no deadline for others
    due_kept: bool = True


_NOTICE_SURE = 0.5
# A text this long without a deadline is a document passed on (a policy, a plan, a
# 关于…的通知): the format's notice, though it says 报送 and 落实 throughout.
_DOCUMENT = 200
# ... and a meeting told at that length without a start is news of one held
# ("…大会在上海举办…并致辞"), no call to attend.
_ASKS_BY = (Kind.REPORT.value, Kind.TASK.value, Kind.MEETING.value)
# What keeps a message however certain the classifier is: the urgent cues, and
# a roll call of who is behind ("三组？", "208？"), which the classifier, having seen
# colleagues' short questions, is sure is talk.
_ALWAYS_KEPT = ("urgent", "hazard", "roll", "document")
# Talk that two or more people called out at the start still has addressed to them
# ("@Tom @Lucy can you two cover the desk, I'm at the district"); a reply does not.
_ADDRESSED = ("status", "self", "own", "question", "account", *TOLD)
# What a message kept as a notice may be kept for and still ask nothing by a time.
_TELLS = ("announce", "change")
_JOKING_KEEPERS = tuple(name for name in ALL_BUT_CALL_OUT if name != "urgent")


def _still_kept(keep: str, normalized: str) -> bool:
    """Whether a hazard word outweighs a classifier certain of chatter: only when the
    hazard is happening ("二巷口已经开始积水了" keeps; "又停水 上个月才停过", "上回演练…
    以为真着火了😂" are talk about one)."""
    return not keep.startswith("hazard") or hazard_now(normalized.lower()) is not None


# The last clause of a Chinese text, where a question asks ("电梯卡在8楼了 里面关着人 物业
# 的人呢"); what comes before it told as a state (了) is news of a hazard, not a question.
_LAST_CLAUSE = re.compile(r"(?:[,，。!！?？;；]|(?<=[^\x00-\x7f])\s)[^,，。!！?？;；]*$")
_STATE = re.compile("了")


def _talk_of_hazard(keep: str | None, evidence: str | None, normalized: str) -> bool:
    """Whether the hazard that keeps a message is only talked of: named in a reply, a
    question, a status or the speaker's own doings ("我家那边还停电 手机只剩20%", "停电好
    正好歇歇😂", "is this the same as the fire one in May?"), neither happening now nor
    calling for help; a hazard told before the question asks it is news of one."""
    if keep is None or not keep.startswith("hazard") or evidence is None:
        return False
    if hazard_now(normalized.lower()) is not None or calls_for_help(normalized):
        return False
    text = normalized.strip().rstrip("?？。.!！~ ")
    last = _LAST_CLAUSE.search(text) if evidence == "question" else None
    head = text[: last.start()] if last else text
    found = keep_evidence(head, only=("hazard",))
    if found is None:
        return True
    # told as a state: "这回后山真冒烟了", "电梯卡在8楼中间了 里面关着人 物业的人呢"
    word = found.removeprefix("hazard: ")
    right_after = head.find(word) + len(word)
    return not (_STATE.match(head, right_after) or (last and _STATE.search(head)))


def _names_own_time(normalized: str, raw: str) -> bool:
    """A reply or promise that asks nothing: the time it names is the speaker's own."""
    lowered = normalized.strip().lower()
    if is_reply(lowered):
        keepers = _KEEPERS["reply"]
    elif PROMISE.search(lowered) or hands_over(lowered):
        keepers = _KEEPERS["promise"]
        lowered = HANDING_OVER.sub(" ", lowered)
    else:
        return False
    return keep_evidence(_PROMISED_HASTE.sub(" ", lowered), raw, only=keepers) is None


def _other_kinds(
    scores: Mapping[str, float], kinds: Mapping[str, float] | None
) -> dict[str, float]:
    """The scores of the kinds that are not chatter, as chances among all six.

    With ``kinds`` (a second classifier's scores among the five, summing to 1)
    each is scaled by the chance of not being chatter, so the notice score the
    due rule weighs means what it means with the first classifier alone.
    """
    not_chatter = 1.0 - scores.get(Kind.CHATTER.value, 0.0)
    if kinds:
        return {k: v * not_chatter for k, v in kinds.items()}
    return {k: v for k, v in scores.items() if k != Kind.CHATTER.value}


def _passed_on(kind: str, normalized: str, *, has_due: bool) -> bool:
    """A document that asks by no deadline is the format's notice, whatever kind of
    request its words resemble (see _DOCUMENT and _ASKS_BY); not one that calls people
    out this minute ("…anyone free and nearby please come to the hall now") nor one that asks
    someone to act now or lend a hand ("Paul turn the gas off NOW", "Can someone…")."""
    return (
        not has_due and len(normalized) >= _DOCUMENT and kind in _ASKS_BY
        and not calls_now(normalized) and not asks_someone_now(normalized)
    )  # fmt: skip


def _asked_back(
    scores: Mapping[str, float], normalized: str, raw: str, *, has_due: bool, asked_back: float
) -> bool:
    """A colleague's question about a notice (see _asked_about) that the classifier, unsure,
    took for the notice: chatter when it asks nothing, by no limit, and calls nobody out."""
    lowered = normalized.strip().lower()
    return (
        scores.get(Kind.CHATTER.value, 0.0) >= asked_back and len(normalized) < _DOCUMENT
        and "?" in lowered and chatter_evidence(normalized, raw) is not None
        and asks_about_notice(lowered) and keep_evidence(lowered, raw) is None
        and not (has_due and _LIMIT.search(lowered))
    )  # fmt: skip


def _kept_due(kind: Kind, keep: str | None, text: str) -> bool:
    """Whether a message kept against the classifier's chatter keeps the time it names."""
    if keep is None:
        # kept only because the classifier is unsure: a time it names is a deadline only
        # with a limit ("PGR panel forms, 4pm" keeps it; "Still on for 10" does not)
        return bool(_LIMIT.search(text))
    # kept for what it tells (a service as usual, a change) as a notice, which asks nothing
    # by a time ("明天起照常开放"): nothing is due
    return not (kind is Kind.NOTICE and keep.startswith(_TELLS))


def settle_kind(
    scores: Mapping[str, float],
    normalized: str,
    raw: str,
    *,
    has_due: bool,
    sure: float,
    kinds: Mapping[str, float] | None = None,
    certain: float = 1.0,
    asked_back: float = 1.0,
    place: str | None = None,
) -> KindVerdict:
    """The classifier's kind, unless it says chatter without the evidence chatter needs.

    ``sure`` is the chatter score the classifier needs when the text shows
    neither chatter nor a reason to keep it; at ``certain`` its word outweighs
    any reason to keep but an urgent cue or a hazard ("算，拍个照发我" answers a
    question with 发我; "燃气公司师傅看了 没事了" tells of a gas leak over).
    ``kinds``, when given, picks the kind of a message that is not chatter;
    ``scores`` still decide chatter. At ``asked_back`` a question about a notice that
    the classifier gives a notice's kind is chatter (see _asked_back). ``place`` is where
    the message falls in its group's talk (:mod:`nlp.place`); news told by the one who
    opens the talk keeps it (:mod:`nlp.chatter._opening`).
    """
    best = max(scores, key=scores.__getitem__)
    others = _other_kinds(scores, kinds)
    if best != Kind.CHATTER.value:
        best = max(others, key=others.__getitem__)
        if _passed_on(best, normalized, has_due=has_due):
            return KindVerdict(Kind.NOTICE, f"document without a deadline ({best})")
        if _asked_back(scores, normalized, raw, has_due=has_due, asked_back=asked_back):
            return KindVerdict(Kind.CHATTER, f"question about a notice ({best}, unsure)")
        asked = settle_ask(Kind(best), normalized)
        if asked is not Kind(best):
            return KindVerdict(asked, f"ask ({best})", due_kept=asked is not Kind.NOTICE)
        # a notice asks nothing, so nothing is due (the format's convention); only when the
        # classifier is sure, since a task it half takes for a notice still needs its time
        informs = best == Kind.NOTICE.value and others[best] >= _NOTICE_SURE
        own_time = has_due and (
            _names_own_time(normalized, raw)
            or names_talk_time(scores.get(Kind.CHATTER.value, 0.0), normalized, raw)
        )
        # a warning in force today, a ban for the day: the time is the state's, not a limit
        state = has_due and tells_state_time(Kind(best), normalized)
        return KindVerdict(Kind(best), "classifier", due_kept=not (informs or own_time or state))
    evidence = chatter_evidence(normalized, raw)
    evidence = evidence or told_evidence(normalized, raw, scores[best])
    text = blank_own_by(_PROMISED_HASTE.sub(" ", normalized.lower()))
    text = _OWN_HASTE.sub(" ", text) if evidence == "self" else text
    text = HANDING_OVER.sub(" ", text) if evidence == "promise" else text  # "will send by 6"
    if evidence == "reply" and not _TO_ALL.search(text):
        text = _CONCEDED.sub(" ", text)
    keepers = _KEEPERS[evidence] if evidence else None
    if evidence == "social" and LAUGHS.search(raw.lower()):
        keepers = _JOKING_KEEPERS
    elif keepers and not_urgent(text, raw):
        keepers = tuple(name for name in keepers if name != "urgent")
    # colleagues' talk is short: a text this long is something passed on, and a
    # status word or a question inside it is the document's, not a reply's
    keep = "document" if len(normalized) >= _DOCUMENT else keep_evidence(text, raw, only=keepers)
    if _talk_of_hazard(keep, evidence, normalized):
        rest = tuple(name for name in keepers or () if name != "hazard")
        keep = keep_evidence(text, raw, only=rest)
    # a remark is no reply or promise of the speaker's: a deadline beside it is relayed
    # ("又要截图 周三前每户都要拍一张 烦死"); the speaker's own limit is no ask ("四点前送到")
    if keep is None:
        keep = opening_news(text, place)
    if keep is None and has_due and evidence in (None, "remark") and _LIMIT.search(text):
        keep = None if promised_by(text) else "due"
    if keep is None and evidence in _ADDRESSED and _OPENING_CALL_OUT.match(raw):
        keep = "call-out"
    if keep is None and (evidence is not None or scores[best] >= sure):
        return KindVerdict(Kind.CHATTER, evidence or "classifier sure")
    if (
        keep is not None and scores[best] >= certain
        and not (keep.startswith(_ALWAYS_KEPT) and _still_kept(keep, normalized))
    ):  # fmt: skip
        return KindVerdict(Kind.CHATTER, f"classifier certain (over {keep})")
    kept = max(others, key=others.__getitem__) if others else Kind.NOTICE.value
    if _passed_on(kept, normalized, has_due=has_due):
        kept = Kind.NOTICE.value
    settled = settle_ask(Kind(kept), normalized)
    due_kept = _kept_due(settled, keep, text) and not tells_state_time(settled, normalized)
    return KindVerdict(settled, f"kept ({keep or 'classifier unsure'})", due_kept)
