"""Colleagues' accounts: a tally of where things stand, work under way, an answer.

A cadre's notice asks for something; much of a work group's talk instead tells
how things stand. The classifier, having learned that figures, places and
times belong to notices, is unsure of such talk, and for want of evidence it
was kept. These are the shapes of it, in general terms:

* a tally: people, households or families counted where they are, moved or
  done ("东沙目前转移31户78人", "Purok 7: 14 families", "初二今天92%"), not a
  chase of who is still short ("still 2 short", "还差三户");
* work under way, said by those doing it ("Running the search now", "还在排查",
  "working on it", "waiting on a part for the van");
* a hedged answer about a date or time ("Possibly 5 Dec, will confirm",
  "should be warm by recess") or the times one is free ("30号、31号上午都行",
  "Fri morning + Sat any time");
* what a camera or the door log shows ("CCTV shows him going out the gate").

Each is only evidence: whatever in the message still asks the group for
anything keeps it (:mod:`nlp.chatter._keep`).
"""

from __future__ import annotations

from nlp.leading import either, led

__all__ = ["tells_account", "tells_behind"]


_ACCOUNTS = {
    "tally": either(
        # households and people counted: "转移31户78人", "203：38人", "应到412，实到409"
        r"\d+\s*(?:户|人|名|家)(?:[\s,，。、]|$)|(?:应到|实到|已到|在岗|已缴|应缴)\s*\d+",
        r"\d+(?:\.\d+)?\s*%",
        r"\b\d+\s+(?:families|persons|people|ppl|households|residents|pax|patients|kids"
        r"|children|evacuees|individuals)\b",
    ),
    "under way": either(
        r"^(?:running|checking|putting|working|reprinting|bringing|parking|leaving|heading"
        r"|calling|ringing|looking|talking|loading|sorting|fixing|driving|walking)\b",
        r"\bworking on it\b|\bon it\s*[.!]*$|\bon (?:my|our|the) way\b|\ben route\b",
        r"\b(?:just |still )?waiting (?:on|for) (?:a|an|one|the last)\b",
        "还在(?:排查|找|弄|处理|核|等|联系|路上)|在路上|在过来",
        # "物业在找业主电话", "下坝正在转 还有两户不肯走 在做工作", "阀门关了 在抽水"
        "(?:^|[\\s,，。])[^\\s,，。]{0,6}(?:正在|在)(?:找|抽水|做工作|补|核|联系|处理|转移?|看|弄|修|抢修)",
    ),
    "hedged": either(
        r"^(?:possibly|probably|maybe|hopefully|should be)\b",
        r"\bwill (?:confirm|update|let (?:you|u) know)\b|\bhopefully\s*[.!]*$",
    ),
    "free when": either(
        r"(?:上午|下午|晚上|号|日|周.|礼拜.)都(?:行|可以)[。.!！~]*$",
        r"\bany ?time\b|\b(?:mornings?|afternoons?|evenings?|nights?) (?:ok|can|fine|works)\b",
    ),
    "seen": either(
        r"\b(?:cctv|camera|footage)\b.{0,12}\b(?:shows?|has|had|showed)\b",
        "(?:门禁|监控)(?:显示|看到|拍到)",
    ),
}
_ACCOUNT_PATTERNS = tuple((name, led(pattern)) for name, pattern in _ACCOUNTS.items())
# A tally that says who is behind is a chase: "still 2 short", "还差三户", "pending: …";
# ... and one guessed is news of who is coming ("they're coming for the 3pm, about 30 people").
_BEHIND = led(
    r"\b(?:still|pending|short|outstanding|missing|left|to go|about|around|approx)\b"
    "|还差|就差|还有|还剩|没交|没报|未报|未交|大概|大约|左右"
)


def tells_account(lowered: str) -> str | None:
    """Which account of things ``lowered`` (normalised, lower-cased) gives, or None."""
    for name, pattern in _ACCOUNT_PATTERNS:
        if pattern.search(lowered) and not (name == "tally" and _BEHIND.search(lowered)):
            return name
    return None


# A unit telling its own part still behind, with why or when it will be in: "起凤还差三个
# 两个在外省", "马上，还差一个网格", "还差八户 电话打不通", "还差俩人的证号 今晚一定发".
# A chase names the units behind and nothing more ("还差石门 柳沟"), or hurries them ("快点").
_STILL_BEHIND = led("还差|就差|仲差|还剩|还有[^，。,.!！?？]{0,8}没")
_WHY_OR_WHEN = led(
    r"在外(?:省|地|面|头|县)?|打工|住院|请假|出差|回老家|人在|不在家|(?:没|冇)得?人"
    r"|电话(?:打不通|没人接|问不到|不通)|没接电话|联系不上|没(?:问着|对上)"
    r"|(?:^|[\s,，。!！])马上|马上(?:马上)?(?:$|[\s,，。!！好到发])"
    r"|(?:今天|今晚|明天|明早|明儿个?|下午|上午|晚上)(?:再|一定|肯定)"
)
_HURRIED = led("快点|抓紧|赶紧|催")


def tells_behind(lowered: str) -> bool:
    """Whether ``lowered`` tells the speaker's own part still behind (see _STILL_BEHIND)."""
    return bool(
        _STILL_BEHIND.search(lowered) and _WHY_OR_WHEN.search(lowered)
        and not _HURRIED.search(lowered)
    )  # fmt: skip
