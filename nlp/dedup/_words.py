"""The words of a notice, weighted by how much they say about what it asks.

A retelling keeps the object of the request (秸秆禁烧台账, the inspection, the
ward figures) and changes everything around it, so two copies share their
rare words even when they share few character shingles. A word's weight is
its inverse frequency in jieba's dictionary (already loaded for tokenising,
so it costs no memory), less what every work-group notice says anyway (请,
报送, 各村, 通知); English words, which the dictionary does not weigh, count
by length unless they are function words.

A notice keeps its words as sorted 32-bit values: a 24-bit hash of the word
above an 8-bit weight, so one sorted array answers both "which words are
shared" and "how much do they weigh".
"""

from __future__ import annotations

import math
import re
import zlib
from functools import lru_cache
from itertools import pairwise

import jieba
import numpy as np
import numpy.typing as npt

from nlp.dedup._glossary import concepts

__all__ = ["WEIGHT_SCALE", "WordTable", "code_of", "stem", "weights_of"]

WEIGHT_SCALE = 20.0  # weight units per step of the stored 8-bit weight
_MAX_WEIGHT = 10.0
_OFFSET = 6.0  # ln(total / freq) below this is common wording
_UNKNOWN = 5.0  # the weight of a two-character word the dictionary lacks
_ENGLISH = re.compile(r"[a-z][a-z'-]+")
# A code of letters and digits names its object in either language ("SA2分数" and
# "SA2 marks entry", "COVID19", "H5N1"): a school's assessment, a form, a strain.
_CODE = re.compile(r"(?<![a-z0-9])[a-z]{1,6}\d{1,4}(?:[a-z]\d?)?(?![a-z0-9])")
_CODE_WEIGHT, _SHORT_CODE_WEIGHT = 6.0, 4.0  # "sa2" says more than "q3" or "p4"
# A link names its object as nothing else does: a vote, a survey, a form online.
_LINK = re.compile(r"(?:https?://|www\.)[!-~]+?(?=[!),.;:?\]]*(?:[^!-~]|$))")
_LINK_MARK = "\x00"  # a link's word begins with this, and weighs the most
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# Said by every notice, or by every reminder: no evidence of which notice it is.
_COMMON_WORDS = (
    "请 请于 各 各村 各组 各位 各乡 各乡镇 乡镇 各镇 各单位 各部门 "
    "大家 同志 同事 务必 及时 按时 准时 前 之前 以前 报送 上报 报 "
    "提交 交 填报 "
    "报给 发给 发到 发送 发 通知 工作 相关 有关 单位 部门 社区 村 村委 镇 乡 街道 县 市 网格 "
    "联系人 联系 电话 收到 回复 今天 明天 后天 今日 明日 上午 下午 晚上 中午 早上 本周 下周 周 "
    "组长 各组长 书记 村书记 主任 站长 所长 会计 文书 网格员 楼栋长 党员 干部 村干部 同志们 "
    "周一 周二 周三 周四 周五 周六 周日 周末 星期 礼拜 礼拜天 月底 年底 "
    "日前 号 点 时 分 月 日 年 截止 截至 之内 以内 天内 参加 参会 召开 开展 组织 落实 做好 完成 "
    "情况 要求 按照 根据 进行 开会 会议 的 了 和 与 及 或 在 于 到 将 把 对 为 是 有 也 都 再 "
    "还 没 未 已 一下 一 下 辛苦 谢谢 麻烦 抓紧 尽快 提醒 再次 目前 只 仅 还差 还有 "
    "没交 没报 没发 没回 未交 未报 未回 交齐 报齐 已交 已报 必须 最后 一天 别 迟到 赶紧 马上 立即 "
    "今晚 明晚 今早 明早 早上 凌晨 傍晚 午前 午后 下班 上班 中午前 上周 这周 下周 本月 下月 近期 "
    "别忘了 别忘 记得 一定 一遍 如下 事项 少于 感谢 参照 每人 结合实际 定于 要来 "
    "县里 镇里 乡里 村里 县委 镇党委 党政办 镇政府 各站 各校 辖区 会议室 地点 附件 联系电话 "
    "通报 转发 反馈 截图 照片 电子版 邮箱 汇总 签字 盖章"
)
_COMMON = frozenset(_COMMON_WORDS.split())
# Said of any form ("台账", "统计表"): a little evidence, not the object's name.
_GENERIC = frozenset(
    ("台账", "统计表", "情况表", "登记表", "明细表", "汇总表", "花名册", "名单", "人员名单", "明细",
     "表格", "报表", "材料")
)  # fmt: skip
_GENERIC_WEIGHT = 2.0
# What is left of a compound once its times or common words are taken away
# ("今天下午", "下周一", "星期五"): a compound of those is one of them.
_PARTS = frozenset("一二三四五六七日天末")
# Characters that make no name: particles, pronouns, measure words, verbs of asking.
_PLAIN = frozenset(
    "的了是在和与及或有也都就要把给我你他她它们这那个还没不别再又很太吗呢吧啊哈呀哦嘛"
    "请报交发收到前后里上下中日月年号点时分各每一二两三四五六七八九十几多少张份户人位组"
)
_ENGLISH_WORDS = (
    "the a an of to in on at by for from and or is are be will with this that these those "
    "please all you your we our us it its as not no yes today tomorrow tonight morning "
    "afternoon evening monday tuesday wednesday thursday friday saturday sunday week next "
    "due before until deadline submit send return reminder remind still missing only so far "
    "pm am thanks thank hi dear colleagues everyone team kindly can could should must need "
    "have has had been was were do does did any each every more than also just get got "
    "grade class ward room floor building parent student staff people office unit team "
    "meeting service contact foreign sheet county later member urgent report committee "
    "emergency notice start yunxi attached centre center photo needed action company "
    "resident school district form list update updated reply confirm attend send "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec noon midnight lunchtime"
)
_ENGLISH_COMMON = frozenset(_ENGLISH_WORDS.split())
_WORD_BITS = 24
_KNOWN = 65536  # word values remembered: about 6 MB when full
_KEPT = 16  # heaviest words kept per notice: 64 bytes, a million notices in 64 MB


class WordTable:
    """Finds and weighs the words of a text."""

    def __init__(self) -> None:
        self._total = 0.0
        # weights of the words met: the dictionary's share of a few thousand notices
        self._known = lru_cache(maxsize=_KNOWN)(self._value)
        # the weighed words of a Han run: notices are formulaic (请各村于, 前报送)
        self._runs = lru_cache(maxsize=_KNOWN)(self._run_values)

    def weight(self, word: str) -> float:
        """How much a word says about which notice this is (0 to 10)."""
        if word.startswith(_LINK_MARK):
            return _MAX_WEIGHT
        if _CODE.fullmatch(word):
            return _CODE_WEIGHT if word[1].isalpha() else _SHORT_CODE_WEIGHT
        if _ENGLISH.fullmatch(word):
            stemmed = stem(word)
            if word in _ENGLISH_COMMON or stemmed in _ENGLISH_COMMON or len(word) < 3:
                return 0.0
            return 6.0 if len(stemmed) >= 5 else 3.0
        if word in _COMMON or not _HAN.fullmatch(word) or _compound(word):
            return 0.0  # digits and symbols: the fact guards compare those
        if word in _GENERIC:
            return _GENERIC_WEIGHT
        if not self._total:
            # the dictionary may not be loaded yet: a text's concepts and English
            # words are weighed before its first Han run is cut
            jieba.dt.check_initialized()
            self._total = float(jieba.dt.total or 1)
        if len(word) == 2 and not jieba.dt.FREQ.get(word):
            return _UNKNOWN  # a pair the dictionary does not know (see _unknown)
        freq = jieba.dt.FREQ.get(word) or 0
        rarity = math.log(self._total / (freq + 1)) - _OFFSET
        weight = min(_MAX_WEIGHT, max(0.0, rarity))
        return 0.0 if len(word) == 1 else weight

    def words(self, folded: str) -> npt.NDArray[np.uint32]:
        """Sorted (hash << 8 | weight) values of the text's weighed words."""
        packed = {value for value in map(self._known, self._others(folded)) if value}
        for run in _HAN.findall(folded):
            packed.update(self._runs(run))
        heaviest = sorted(packed, key=lambda value: (-(value & 0xFF), value))[:_KEPT]
        return np.asarray(sorted(heaviest), dtype=np.uint32)

    def _value(self, word: str) -> int:
        """The word's packed value (hash << 8 | weight), 0 for a word of no weight."""
        weight = self.weight(word)
        if weight <= 0:
            return 0
        return (code_of(word) << 8) | max(1, min(255, round(weight * WEIGHT_SCALE)))

    def _pieces(self, folded: str) -> list[str]:
        """The words :meth:`words` weighs: those of :meth:`_others`, then of each Han run."""
        pieces = self._others(folded)
        for run in _HAN.findall(folded):
            pieces += _run_pieces(run)
        return pieces

    @staticmethod
    def _others(folded: str) -> list[str]:
        """The words of a text outside its Han runs: the glossary's concepts (one word
        for an object in either language), its links and the English words."""
        links = [_LINK_MARK + link.split("://")[-1].rstrip("/") for link in _LINK.findall(folded)]
        if links:
            folded = _LINK.sub(" ", folded)
        codes = _CODE.findall(folded)
        return concepts(folded) + links + codes + [stem(w) for w in _ENGLISH.findall(folded)]

    def _run_values(self, run: str) -> frozenset[int]:
        return frozenset(value for value in map(self._known, _run_pieces(run)) if value)


def _run_pieces(run: str) -> list[str]:
    """The dictionary words of a Han run, cut by maximum matching both ways (the
    cut with fewer words wins, as jieba's own DAG cut mostly agrees). Cutting by
    lexicon lookups is several times cheaper than jieba's cut, and cutting at all
    keeps the words that straddle two ("困难残疾人生活补贴" holds 人生, which it
    never says) out of the weights."""
    jieba.dt.check_initialized()  # loads the dictionary once (ingest's tokenizer already has)
    freq = jieba.dt.FREQ
    forward, backward = _forward(run, freq), _backward(run, freq)
    cut = forward if len(forward) < len(backward) else backward
    return cut + _unknown(cut)


def _compound(word: str) -> bool:
    """Whether a word of three or more is two common words or a common word and
    a day ("今天下午", "下周一", "星期五")."""
    if len(word) < 3:
        return False
    for cut in range(1, len(word)):
        left, right = word[:cut], word[cut:]
        if (left in _COMMON or left in _PARTS) and (right in _COMMON or right in _PARTS):
            return True
    return False


def _unknown(cut: list[str]) -> list[str]:
    """Pairs of neighbouring characters the dictionary left single: the words it
    does not know, which are mostly names of things (自评表, 家医, 秋防, 志愿汇)."""
    return [
        first + second
        for first, second in pairwise(cut)
        if len(first) == len(second) == 1 and first not in _PLAIN and second not in _PLAIN
    ]


def _forward(run: str, freq: dict[str, int]) -> list[str]:
    """Forward maximum matching: the longest dictionary word (2 to 4) at each step."""
    words, start, end = [], 0, len(run)
    while start < end:
        stop = start + 1
        for size in (4, 3, 2):
            if start + size <= end and freq.get(run[start : start + size]):
                stop = start + size
                break
        words.append(run[start:stop])
        start = stop
    return words


def _backward(run: str, freq: dict[str, int]) -> list[str]:
    """Backward maximum matching: the longest dictionary word ending at each step."""
    words, end = [], len(run)
    while end > 0:
        begin = end - 1
        for size in (4, 3, 2):
            if size <= end and freq.get(run[end - size : end]):
                begin = end - size
                break
        words.append(run[begin:end])
        end = begin
    words.reverse()
    return words


def stem(word: str) -> str:
    """English plurals as singulars ("forms" and "form" are one object), and no
    possessive ("year's"); "this", "address" and "status" are no plurals."""
    word = word.removesuffix("'s").rstrip("'")
    if (
        word.endswith("s") and len(word) > 3 and not word.endswith(("ss", "us", "is"))
        and word not in _ENGLISH_COMMON
    ):  # fmt: skip
        return word[:-1]
    return word


def code_of(word: str) -> int:
    """The 24-bit hash a word is stored under (above its weight)."""
    return zlib.crc32(word.encode()) & ((1 << _WORD_BITS) - 1)


def weights_of(words: npt.NDArray[np.uint32]) -> npt.NDArray[np.float64]:
    """The weights packed in word values."""
    return (words & np.uint32(0xFF)).astype(np.float64) / WEIGHT_SCALE
