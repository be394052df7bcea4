"""Message text as every later stage wants to see it.

Copies of one notice differ in wrapping rather than substance: full-width
letters typed on a Chinese keyboard, relay prefixes (【转发】, "转：", FW:),
relay exhortations ("请各村落实！"), @mentions, emoji and WeChat emoticons
such as [抱拳]. :func:`normalize_text` folds all of that away while keeping
every content word, date, time, phone number and URL intact, so that the
understander, the due resolver and duplicate matching agree on one text.

Everything is regexes and translate tables compiled at import: the bot calls
this for every message of every group.
"""

from __future__ import annotations

import re

__all__ = [
    "chinese_numerals_to_digits",
    "normalize_text",
    "strip_relay_wrappers",
    "to_half_width",
    "wrapper_spans",
]

# --- width -----------------------------------------------------------------
# Only the full-width ASCII block and the ideographic space change: Chinese
# punctuation outside it (。、【】《》“”) carries sentence structure and stays,
# and we avoid NFKC because it would also turn ① into 1 and ㎡ into m2.
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")

# --- noise -----------------------------------------------------------------
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200e\u200f\u2060\ufeff]")
# Pictographic blocks only: a category test ("So") would also delete ℃, ㎡ and ※.
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u231a-\u23ff"
    "\ufe0e\ufe0f\u200d\u20e3\U000e0020-\U000e007f]"
)
_WECHAT_FACES = (
    "微笑 撇嘴 色 发呆 得意 流泪 害羞 闭嘴 睡 大哭 尴尬 发怒 调皮 呲牙 惊讶 难过 酷 冷汗 抓狂 吐 "
    "偷笑 愉快 可爱 白眼 傲慢 饥饿 困 惊恐 流汗 憨笑 悠闲 大兵 奋斗 咒骂 疑问 嘘 晕 疯了 折磨 衰 "
    "骷髅 敲打 再见 擦汗 抠鼻 鼓掌 糗大了 坏笑 左哼哼 右哼哼 哈欠 鄙视 委屈 快哭了 阴险 亲亲 吓 "
    "可怜 菜刀 西瓜 啤酒 篮球 乒乓 咖啡 饭 猪头 玫瑰 凋谢 嘴唇 示爱 爱心 心碎 蛋糕 闪电 炸弹 刀 "
    "足球 瓢虫 便便 月亮 太阳 礼物 拥抱 强 弱 握手 胜利 抱拳 勾引 拳头 差劲 爱你 NO OK 爱情 飞吻 "
    "跳跳 发抖 怄火 转圈 磕头 回头 跳绳 投降 激动 乱舞 献吻 左太极 右太极 嘿哈 捂脸 奸笑 机智 "
    "皱眉 耶 吃瓜 加油 汗 天啊 Emm 社会社会 旺柴 好的 打脸 哇 翻白眼 666 让我看看 叹气 苦涩 裂开 "
    "红包 發 福 烟花 爆竹 庆祝 合十 强壮 鬼魂 失望 无语 破涕为笑 脸红 笑脸 生病 恐惧 "
    "Smile Grimace Drool Scowl CoolGuy Sob Shy Silent Sleep Cry Awkward Angry Tongue Grin "
    "Surprise Frown Blush Scream Puke Chuckle Joyful Slight Smug Hungry Drowsy Panic Sweat "
    "Laugh Commando Determined Scold Shocked Shhh Dizzy Skull Hammer Wave Speechless NosePick "
    "Clap Shame Trick Yawn Shrunken TearingUp Sly Kiss Whimper Cleaver Watermelon Beer Coffee "
    "Rose Wilt Lips Heart BrokenHeart Cake Lightning Bomb Moon Sun Gift Hug ThumbsUp "
    "ThumbsDown Shake Peace Fight Beckon Fist Facepalm Smirk Smart Concerned Yeah! Onlooker "
    "GoForIt Sweats OMG Respect Doge NoProb MyBad Wow Awesome LetMeSee Sigh Hurt Broken "
    "Packet Rich Blessing Fireworks Firecracker Worship Party Salute"
)
# A closed list: a bracketed word such as [附件] or [通知] is content, not a face.
_EMOTICON = re.compile(
    r"\[(?:" + "|".join(re.escape(face) for face in _WECHAT_FACES.split()) + r")\]"
)
# An @ right after a letter, digit or "/" belongs to an e-mail address or URL.
_MENTION = re.compile(
    r"@(?<![A-Za-z0-9._%+\-/]@)"
    r"(?:所有人|全体成员|全体|[A-Za-z0-9_]{1,32}"
    r"|[^\s@，,、:：;；。!！?？()（）]{1,10}(?=[\s，,、:：]|$))"
)
# A lone ASCII space is left alone: substituting it for itself is most of the cost.
_SPACE = "\t\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_BLANKS = re.compile(f"[{_SPACE}][ {_SPACE}]*| [ {_SPACE}]+")
_LINE_BREAKS = re.compile(r" ?\n\s*")

# --- relay wrappers ----------------------------------------------------------
_PREFIX = re.compile(
    r"\s*(?:【\s*(?:转发|转载|转|扩散)\s*】|\[\s*(?:转发|转载|转)\s*\]"
    r"|(?:转发|转载|转)(?:自[^\s:：]{1,20})?\s*[:：]"
    r"|(?:fwd?|re)\s*:|-*\s*forwarded message\s*-*:?)\s*",
    re.IGNORECASE,
)
_UNIT = (
    r"(?:村|社区|村居|村\(社区\)|单位|部门|科室|站所|网格|镇|乡|乡镇|街道|小组|组|"
    r"支部|党支部|学校|企业|片区|股室|成员单位|相关单位|村组)"
)
_ADDRESSEES = rf"各{_UNIT}(?:\([^)]{{1,8}}\))?(?:[、和及]各?{_UNIT}(?:\([^)]{{1,8}}\))?)*"
_MODIFIER = r"(?:认真|抓好|及时|务必|遵照|切实|尽快|迅速|严格|贯彻)*"
_VERB = r"(?:落实|执行|知悉|周知|传达|转发|办理|学习|抓好落实)(?:到位)?"
# Each branch opens with a literal so the regex engine can skip to 请/望 quickly.
_EXHORTATION = (
    rf"(?:请(?:{_ADDRESSEES}{_MODIFIER}{_VERB}"
    r"|(?:相互|互相)转告|周知|知悉|遵照执行|认真落实|抓好落实)|望周知)"
)
_TAIL_WINDOW = 80
_TRAILING_MARKS = " \t\n!。.~"
_EXHORTATION_ENDS = ("落实", "执行", "知悉", "周知", "传达", "转发", "办理", "学习", "到位", "转告")
_CLAUSE_END = frozenset(" \n!。.，,;；")
_LEADING_EXHORTATION = re.compile(rf"\s*{_EXHORTATION}(?:[!。.，,;；~]+\s*|\s+|$)")
_TRAILING_EXHORTATION = re.compile(rf"{_EXHORTATION}[!。.~]*\s*$")

# --- numerals ----------------------------------------------------------------
_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_POSITION = {"十": 10, "百": 100, "千": 1000}
_NUMERAL_RUN = re.compile("[〇○零一二两兩三四五六七八九十百千]+")
_COUNTED = re.compile(r"个工作日|工作日|个小时|小时|分钟|个月|个星期|星期|[年月日号点时天周]")
_WEEKDAY_LEAD = re.compile(r"(?:周|星期|礼拜)$")
# 一 after these is part of a word (统一, 同一日, 第一时间, 万一), not a quantity.
_WORD_ONE = frozenset("同统唯单万逐某每专第划归合")
_CLOCK_CONTEXT = frozenset("午上晚凌晨夜天日号今明0123456789")
_CLOCK_AFTER = re.compile(r"半|钟|整|[0-9]|[〇零一二三四五六七八九十]+分|[一三]刻")


def _half_width_char(match: re.Match[str]) -> str:
    char = match.group()
    return " " if char == "\u3000" else chr(ord(char) - 0xFEE0)


def to_half_width(text: str) -> str:
    """Full-width letters, digits, ASCII symbols and the ideographic space to ASCII."""
    return text if text.isascii() else _FULL_WIDTH.sub(_half_width_char, text)


def _relay_bounds(text: str) -> tuple[int, int]:
    """Start and end of what lies between the leading and the trailing wrappers.

    Wrappers nest ("转：【转发】请各村落实！..."), so the bounds move inwards
    until nothing more matches.
    """
    start, end = 0, len(text)
    moved = True
    while moved:
        moved = False
        for leading in (_PREFIX, _LEADING_EXHORTATION):
            head = leading.match(text, start, end)
            if head:
                start, moved = head.end(), True
        # Cheap string tests first: most messages end in no exhortation verb.
        if not text[start:end].rstrip(_TRAILING_MARKS).endswith(_EXHORTATION_ENDS):
            continue
        position = max(start, end - _TAIL_WINDOW)  # an exhortation is short
        while tail := _TRAILING_EXHORTATION.search(text, position, end):
            if tail.start() == start or text[tail.start() - 1] in _CLAUSE_END:
                end, moved = tail.start(), True  # a clause of its own
                break
            position = tail.start() + 1
    return start, end


def strip_relay_wrappers(text: str) -> str:
    """Remove relay prefixes and exhortations from the start and the end.

    A message that is nothing but an exhortation is kept as it is: emptying
    it would lose the only thing it says.
    """
    start, end = _relay_bounds(text)
    return text[start:end].strip() or text.strip()


def wrapper_spans(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` itself holds wrapping, as (start, end, "emoji"|"mention"|"relay").

    Offsets index the original text, for readers that keep it (spaCy tokens)
    and must know which of its parts :func:`normalize_text` would drop.
    """
    half = to_half_width(text)  # same length: one character for one
    spans = [(m.start(), m.end(), "emoji") for m in _EMOJI.finditer(half)]
    spans += [(m.start(), m.end(), "emoji") for m in _EMOTICON.finditer(half)]
    spans += [(m.start(), m.end(), "mention") for m in _MENTION.finditer(half)]
    blanked = list(half)
    for start, end, _ in spans:
        blanked[start:end] = " " * (end - start)
    plain = "".join(blanked)
    start, end = _relay_bounds(plain)
    if plain[start:end].strip():
        spans += [(0, start, "relay")] if plain[:start].strip() else []
        spans += [(end, len(plain), "relay")] if plain[end:].strip() else []
    return sorted(spans)


def _parse(run: str) -> int | None:
    """Value of a positional numeral (二十五, 一百零五, 十); None if malformed."""
    total, digit = 0, None
    for char in run:
        if char in _POSITION:
            total += (1 if digit is None else digit) * _POSITION[char]
            digit = None
        elif digit is not None and digit != 0:
            return None  # "三四十" is a range, not a number
        else:
            digit = _DIGIT[char]
    return total + (digit or 0)


def _is_clock_one(text: str, start: int, end: int) -> bool:
    """一点/一时 is 1 o'clock only beside a time word: 快一点 means "a bit faster"."""
    return (start > 0 and text[start - 1] in _CLOCK_CONTEXT) or bool(_CLOCK_AFTER.match(text, end))


def _convert(run: str, text: str, start: int, end: int) -> str | None:
    counted = _COUNTED.match(text, end)
    minute = text.startswith("分", end) and start > 0 and text[start - 1] in "点时"
    if counted is None and not minute:
        return None
    if any(char in _POSITION for char in run):
        value = _parse(run)
        return None if value is None else str(value)
    if len(run) > 1:  # digit by digit only for years: 二〇二六年; 三四天 is a range
        return "".join(str(_DIGIT[c]) for c in run) if counted and counted[0] == "年" else None
    if run == "一" and start > 0 and text[start - 1] in _WORD_ONE:
        return None
    if run == "一" and counted and counted[0] in "点时" and not _is_clock_one(text, start, end):
        return None
    return str(_DIGIT[run])


def _replace_numeral(match: re.Match[str]) -> str:
    text, run, start = match.string, match.group(), match.start()
    if _WEEKDAY_LEAD.search(text, max(0, start - 2), start):
        # 周二三点: the first numeral names the weekday, the rest the hour.
        rest = _convert(run[1:], text, start + 1, match.end()) if len(run) > 1 else None
        return run[0] + (rest if rest is not None else run[1:])
    converted = _convert(run, text, start, match.end())
    return run if converted is None else converted


def chinese_numerals_to_digits(text: str) -> str:
    """Chinese numerals that count days, months, hours or years become digits.

    Only numerals followed by a unit of time (日, 号, 点, 天, 个月, 年, ...)
    change, so words such as 一起, 一律, 统一, 十分, 万一 and weekday names
    (周三) stay as written, while 十二月一日 becomes 12月1日 and 三点半 3点半.
    """
    return _NUMERAL_RUN.sub(_replace_numeral, text)


def normalize_text(text: str) -> str:
    """The comparable form of a message: same notice, same string.

    Single line breaks survive (they separate the items of a notice); every
    other run of whitespace becomes one space. Numerals are left as written:
    :func:`chinese_numerals_to_digits` is a separate step for readers that
    need arithmetic. Applying this twice changes nothing. Nothing is
    remembered here: the pipeline's normaliser keeps the results of recent
    texts and hands them on.
    """
    text = _ZERO_WIDTH.sub("", to_half_width(text))
    text = _EMOTICON.sub("", _EMOJI.sub("", text))
    if "@" in text:
        text = _MENTION.sub(" ", text)
    text = strip_relay_wrappers(_BLANKS.sub(" ", text))
    return _LINE_BREAKS.sub("\n", text).strip() if "\n" in text else text.strip()
