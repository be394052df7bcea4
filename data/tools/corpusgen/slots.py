"""Concrete values for template slots: people, phones, figures, files, links.

Figures deliberately look like dates or times now and then (12.1%, 1.5万元,
第3季度), because a due-time reader has to learn to leave them alone.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from corpusgen.records import Chat, PoolEntry

__all__ = ["base_slots", "person_name", "phone"]

_SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕"
    "苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史"
)
_GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏宇浩")
_EN_FIRST = ["Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hannah", "Ivan",
             "Julia", "Kevin", "Laura", "Mia", "Noah", "Oscar", "Paul", "Ruth", "Sofia"]
_EN_LAST = ["Schmidt", "Garcia", "Kim", "Novak", "Rossi", "Brown", "Dubois", "Tanaka",
            "Silva", "Olsen", "Weber", "Ahmed", "Costa", "Meyer", "Lopez", "Ito"]
_NUMBERING = (("1.", "2.", "3.", "4."), ("一、", "二、", "三、", "四、"),
              ("（1）", "（2）", "（3）", "（4）"), ("1、", "2、", "3、", "4、"))


def person_name(rng: random.Random, lang: str) -> str:
    """A plausible full name in the group's language."""
    if lang == "en":
        return f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}"
    return rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, rng.choice((1, 2))))


def phone(rng: random.Random) -> str:
    """A mobile number, or now and then a county landline."""
    if rng.random() < 0.2:
        return f"0795-8{rng.randrange(100000, 999999)}"
    return f"1{rng.choice('3578')}{rng.randrange(10**8, 10**9)}"


def _figures(rng: random.Random) -> dict[str, str]:
    return {
        "n": str(rng.randint(2, 30)),
        "n2": str(rng.randint(31, 480)),
        "pct": f"{rng.randint(55, 99)}.{rng.randint(1, 9)}%",
        "money": rng.choice([f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万元",
                             f"{rng.randint(12, 98)}00元"]),
        "usd": f"{rng.randint(2, 60)},{rng.randint(0, 9)}00",
        "quarter": rng.choice(["第3季度", "第四季度", "三季度"]),
    }


def _dates(rng: random.Random, sent: datetime) -> dict[str, str]:
    """Dates that are background, never a due: past events, effective dates."""
    past = sent.date() - timedelta(days=rng.randint(2, 20))
    later = sent.date() + timedelta(days=rng.randint(3, 40))
    return {
        "past_date": f"{past.month}月{past.day}日",
        "past_en": f"{past.day} {past.strftime('%B')}",
        "bg_date": f"{later.month}月{later.day}日",
        "bg_en": f"{later.day} {later.strftime('%B')}",
        "target_year": str(sent.year + rng.randint(1, 4)),
        "next_month": f"{(later.replace(day=1) + timedelta(days=32)).month}月",
    }


def _links(rng: random.Random, sent: datetime) -> dict[str, str]:
    token = "".join(rng.choices("AbCdEfGhJkMnPqRsTuVwXyZ23456789", k=22))
    article = rng.randrange(1000, 9999)
    survey = f"{rng.randrange(10**6, 10**7)}/{rng.randrange(4096, 65535):x}"
    return {
        "link": f"https://www.yunxi.gov.cn/art/{sent:%Y/%m/%d}/art_{article}.html",
        "form_link": f"https://wj.qq.com/s2/{survey}/",
        "post_link": f"https://mp.weixin.qq.com/s/{token}",
    }


def _file_name(entry: PoolEntry, lang: str) -> str:
    fields = entry.fields
    base = fields.get("file") or fields.get("item") or fields.get("doc") or fields.get("event")
    if not base:
        return "details.pdf" if lang == "en" else "有关情况说明.pdf"
    base = base.split("（")[0].split(" (")[0].strip("《》")
    if lang == "en":
        base = base.removeprefix("the ").replace(" ", "_")
    return base + (".xlsx" if "item" in fields else ".docx")


def _numbered(rng: random.Random, lines: list[str], lang: str) -> str:
    marks = ("1.", "2.", "3.", "4.") if lang == "en" else rng.choice(_NUMBERING)
    return "\n".join(f"{mark}{line}" for mark, line in zip(marks, lines, strict=False))


def base_slots(rng: random.Random, chat: Chat, entry: PoolEntry, sent: datetime,
               lang: str, extras: dict[str, list[PoolEntry]]) -> dict[str, str]:
    """Every slot a template may use, except the due wording (added by the renderer)."""
    slots = dict(entry.fields)
    slots.update(_figures(rng))
    slots.update(_dates(rng, sent))
    villages = rng.sample(chat.villages, min(2, len(chat.villages)))
    slots["village"], slots["village2"] = villages[0], villages[-1]
    slots["village_options"] = "|".join(chat.villages)
    slots["place_options"] = "|".join(chat.places)
    slots["place"] = slots.get("place") or rng.choice(chat.places)
    slots["who"], slots["greet"] = rng.choice(chat.who), rng.choice(chat.greet)
    names = [person_name(rng, lang) for _ in range(rng.randint(3, 5))]
    slots["names"] = (", " if lang == "en" else "、").join(names)
    slots["person"], slots["phone"] = person_name(rng, lang), phone(rng)
    label = "Contact" if lang == "en" else rng.choice(["联系人", "联系人", "联系电话"])
    slots["contact"] = f"{label}：{slots['person']} {slots['phone']}".replace(
        "Contact：", "Contact: ")
    slots["file"] = _file_name(entry, lang)
    slots["att"] = ("[File] " if lang == "en" else rng.choice(
        ["[文件] 附件1：", "[文件] ", "附件："])) + slots["file"]
    slots.update(_links(rng, sent))
    topical = [e for e in extras.get(f"reqs-{lang}", []) if e.topic in (entry.topic, "any")]
    picked = rng.sample(topical, min(len(topical), rng.randint(2, 4)))
    slots["reqs"] = _numbered(rng, [e.fields["req"] for e in picked], lang)
    every = extras.get(f"orgs-{lang}", [])
    orgs = [e for e in every if e.topic == entry.topic] or \
        [e for e in every if e.topic in ("gov", "foreign")] or every
    slots["org"] = slots.get("org") or (rng.choice(orgs).fields["org"] if orgs else "")
    slots["today"] = f"{sent.month}月{sent.day}日"
    return slots

