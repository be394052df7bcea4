"""Proof asked for: a photo of work done is the work's, a click in an app is a check-in.

A photo of work done on the ground is its proof, not data handed over.

The kind classifier learns that a request ending "拍照发我", "照片发群里" or "send a
pic" is a report: most of the weekly logs and patrol diaries of the training weeks
are handed in as photos. But when what is photographed is a thing the reader must
first put right or put up (salt spread on a slope, warning signs made good, a notice
posted on the board, a ban broadcast over the village loudspeaker, "the 12 signs need
to be up … send a pic of each once it's up"), the ask is the work, and the photo
only shows it was done: the format's task (../shared/corpus-format.md). A request
that also names a record, log, list or form to hand in (巡查日志拍照发群里, 周报附
照片, "checklist + before/after photos", 残疾证拍个照) stays a report: there the
photo is of the data.

A token asked of each reader in a system or in the group as proof that they did or
will do something (click Acknowledge on the intranet, finish the induction module on
the app and show its completion screen, 点"已阅", reply "in" here for the roll call,
回复"1") is the format's checkin, "proof of activity" (the classifier, having seen
such asks worded as reading a protocol or naming who is on a rota, calls them a task or
a report).

Kept apart from :mod:`nlp.chatter._ask`, which calls it, so that file stays short.
Read from :func:`nlp.normalize.normalize_text` output, lower-cased.
"""

from __future__ import annotations

from nlp.leading import led

__all__ = ["proves_activity", "proves_work"]

# A photo or a video sent as the answer.
_PHOTO = led(
    r"拍(?:个|张|几张)?(?:照|视频)|照片|视频|录.{0,3}视频"
    r"|\b(?:photos?|pics?|pictures?|videos?)\b"
)
# Something put right or put up on the ground, which a photo can show done; not a
# check or a patrol, whose result is itself the data ("巡查", "排查", "inspect").
_MADE = led(
    r"加固|修复|维修|张贴|悬挂|(?<!补)贴(?:到|在|好|上|出)|撒(?:上)?盐|铺(?:上|好)?草|上墙|补齐|补上"
    r"|挂(?:出|好|上|起)|拉走|搬走|挪走|铲(?:掉|除|雪)|安装|装好|播(?:一遍|放)|广播|喇叭"
    r"|\b(?:put|be|are|is|it's|it is)\s+up\b|\binstall(?:ed)?\b|\bgrit(?:ted)?\b"
    r"|\bsalt(?:ed)?\b|\brepair(?:ed)?\b|\bfix(?:ed)?\b|\berect(?:ed)?\b"
)
# ... unless a record, log, list or form goes in too: then the photo is of the data.
_DATA = led(
    r"前后|日志|周报|日报|记录|水印|定位|表|名单|台账|台帐|数据|材料|报告|明细|清单|统计|汇总|情况|底数"
    r"|证|\bbefore.{0,3}after\b"
    r"|\b(?:lists?|forms?|sheets?|figures|names|data|numbers|counts?|summary|reports?|logs?"
    r"|records?|charts?|certificates?)\b"
)


def proves_work(lowered: str) -> bool:
    """Whether the photo or video a request asks for only proves work on the ground
    (see the module docstring)."""
    if not (_PHOTO.search(lowered) and _MADE.search(lowered)):
        return False
    return _DATA.search(_PHOTO.sub(" ", lowered)) is None


# A click, a finished module or a token reply as proof: 点"已阅", "click Acknowledge",
# "finish the module on the app", "reply 'in' here", 回复"1".
_TOKEN = led(
    r"点(?:击)?[“\"'「]?(?:已阅|已读|已学|已学习|我已阅读|确认已读)"
    r"|(?:完成|学完)[^，。]{0,12}(?:app|小程序|平台)[^，。]{0,8}(?:课程|学习|考试|答题)"
    r"|回复[“\"'「](?:1|到|在)[”\"'」]"
    r"|\b(?:click|tick|press) (?:acknowledge|confirm|read|agree|i have read)\b"
    r"|\bcompletion screen\b|\b(?:module|course|quiz|induction) (?:on|in) the [\w ]{0,20}\bapp\b"
    r"|\breply [\"“']?in[\"”']? (?:here|on here|in the group)\b"
)


def proves_activity(lowered: str) -> bool:
    """Whether a request asks for a click, a finished app module or a token reply as proof
    (see the module docstring): a check-in."""
    return _TOKEN.search(lowered) is not None
