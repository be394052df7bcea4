"""Words that say what a notice asks of its reader, whatever it is about.

A kind classifier trained on n-grams alone learns topics: the forest-fire
notices of the training weeks were tasks, so an unseen forest-fire *warning*
comes out a task too. What decides the kind is the ask (报送 a form, 参加 a
meeting, 开展 a check, 投票 and send a screenshot, or nothing at all), and the
ask is worded with a small, stable vocabulary. These cue groups name that
vocabulary, in Chinese and English, after the kind definitions of
../shared/corpus-format.md. They are features for the trained classifier
(``fingertip.KindFeatures.v1``), not rules: the classifier learns how much
each is worth and how they combine, and a cue appearing in the wrong kind
("统计" in a check-in demand that the county will count) costs little.

Everything is read from :func:`nlp.normalize.normalize_text` output
(half-width, wrappers removed), lower-cased.
"""

from __future__ import annotations

import re

from nlp.leading import led

__all__ = ["CUE_GROUPS", "cue_features", "length_feature"]

CUE_GROUPS: dict[str, str] = {
    # report: data, forms, lists and materials sent somewhere
    "report.verb": (
        r"报送|上报|填报|报给|报至|报到县|报到镇|报县|报镇|报市|提交|交到|交至|交给|发给|发至|报上来"
        r"|交上来|收集|汇总|统计|录入|更新.{0,6}(?:数据|信息|台账)"
    ),
    "report.object": (
        r"表格?|名单|花名册|台账|台帐|材料|报告|总结|数据|明细|清单|底数|信息表|登记表|统计表"
        r"|汇总表|模板|记录|进度|情况说明|计划"
    ),
    "report.fill": r"填写|填好|如实填|认真核对|核对",
    "report.en": (
        r"\bsubmit|\bsend (?:us |me )?(?:the |your )?\w*\s?(?:figures|list|form|report|data|numbers"
        r"|statistics|records|table|sheet|names|summary)|\bfill (?:in|out)|\bfigures\b"
        r"|\bspreadsheet|\bform\b|\blist of\b|\bheadcount|\breturns?\b|\bstatistics\b|\bdata\b"
        r"|\bget .{0,40} to\b"
    ),
    # meeting: be somewhere at a time (meetings, trainings, inspection visits, events)
    "meeting.word": (
        r"会议|开会|召开|例会|大会|会上|培训|参会|参训|座谈|会议室|视频会|调度会|推进会|部署会"
        r"|分析会|动员会|现场会|观摩|演练|讲座|宣讲|活动|仪式|论坛"
    ),
    "meeting.attend": (
        r"参加|出席|列席|准时|到场|报到|集合|会场|分会场|请假|主持|举办|举行|签到表|带好"
    ),
    "meeting.visit": (
        r"(?:检查|督查|调研|考核|验收|暗访|巡视)组|迎检|陪同|来.{0,8}(?:检查|调研|督查)"
        r"|到.{0,10}(?:检查|调研|督查).{0,6}工作"
    ),
    "meeting.signup": r"报名|名额",
    "meeting.en": (
        r"\bmeeting|\btraining|\bworkshop|\bbriefing|\bsession\b|\battend|\bjoin us|\bplease join"
        r"|\bregister for|\bsign up|\bseats?\b|\bvenue|\bheld\b|\btakes place|\bdrill\b"
        r"|\bconference|\bforum|\bceremony|\bsee you|\barrive at|\bagenda"
        r"|\bvisit(?:ing)? (?:team|delegation)|\brehears"
    ),
    # task: do something on the ground
    "task.verb": (
        r"排查|落实|整改|走访|巡查|巡护|清理|清扫|核查|核实|摸排|摸底|入户|上门|加固|修复|维修|张贴"
        r"|悬挂|宣传|劝导|处置|管控|值守|巡逻|劝返|疏散|转移|检查|督促|开展|组织|安排|做好|完成"
        r"|准备|配合|对接|联系|通知到|告知到|动员|清点|拍照"
    ),
    "task.en": (
        r"\bplease (?:check|inspect|make sure|ensure|clear|repair|fix|walk|visit|organi[sz]e"
        r"|arrange|put up|remove|prepare|remind|contact|call|patrol|tidy|clean|replace|test"
        r"|confirm that)|\bcarry out|\baction needed|\baction:|\bfollow up"
        r"|\bfollowing the inspection|\breport back|\bwhen done|\bphotos of"
    ),
    # the same asks as a village cadre says them: "报个数给我", "转一圈", "明早碰个头",
    # "转个东西 大家看一下": relays in the relayer's own words
    "report.colloquial": (
        r"(?=[报个多几户人发给hcrn])"
        r"(?:报个数|报数|个数|多少(?:亩|户|人|个|家|台|头|斤)|几(?:户|个人|家|亩)|户数|人数|报给我|报我"
        r"|发我|给我(?!们)|\bheadcount|\bcount of\b|\bhow many\b|\brough number"
        r"|\bnumbers? (?:to|by)\b)"
    ),
    # a form chased by name: "周报还差小刘、杨帆", "驻村日志 高山村还没传", "名单就差五组了"
    "report.chase": (
        r"(?=[报表单日台数材记意flrcs])"
        r"(?:(?:报|表|单|日志|台账|台帐|数|材料|记录|意见)[^，。,.!！?？]{0,8}?(?:还差|就差|还剩|还没(?:交|报|传|发|填))"
        r"|\b(?:forms?|lists?|returns?|figures|counts?|sheets?)\b.{0,30}"
        r"\bstill (?:missing|waiting|out))"
    ),
    "task.colloquial": (
        r"(?=[看过走查转跑去挨清拉搬扫铲撒劝喊守盯hcgk])"
        r"(?:看一遍|过一遍|走一遍|查一遍|转一圈|转转|跑一趟|看一眼|去看|挨家|挨户|清掉|拉走|搬走|扫一下|铲掉"
        r"|撒盐|拉警戒|劝(?:住|回|走|离|出来)|喊(?:上来|回来|出来|起来)|守着|盯着|盯紧"
        r"|\bhave a look\b|\bcheck on\b|\bgo round\b|\bkeep an eye\b|\bclear (?:the|out)\b)"
    ),
    "meeting.colloquial": (
        r"(?=[碰开见点视上hmcdz])"
        r"(?:碰个头|碰头|开个会|开个短会|见面|点名|视频会|上线|\bhuddle\b|\bmeet (?:at|in|up)\b"
        r"|\bcatch[- ]up\b|\bcall at\b|\bdial in\b|\bzoom\b)"
    ),
    # an order from above passed on in the relayer's words ("乡里刚打电话 要我们…",
    # "派出所讲 出租屋要再过一遍", "the district wants us to…"): an ask, whatever follows
    "ask.relayed": (
        r"(?=[县镇乡区市上派民办要叫让tdc])"
        r"(?:(?:县|镇|乡|区|市|上面|上头|派出所|民政办|卫生院|供电所)里?(?:刚|又|今天)?"
        r"(?:讲|说|要|叫|让|通知|打电话|催|交代)"
        r"|要我们|叫我们|让我们|要求我们|要各(?:村|组)|叫各(?:村|组)"
        r"|\b(?:the )?(?:district|county|town|city|township) (?:wants|asked|needs|is asking)"
        r"|\bwants us to\b|\bhave asked us\b)"
    ),
    "notice.relay": (
        r"(?=[转看了群有问照心讲说跟结评排出印fpnj])"
        r"(?:转个|看一下|看看|了解一下|群众问|有人问|问起来?|照这个|心里有个数|讲一声|说一声|跟大家讲"
        r"|结果出来|评出来|排第|出来了|印发了|\bfyi\b|\bfor info|\bpassing on\b|\bforwarding\b"
        r"|\bnothing (?:for us )?to do\b|\bjust so\b)"
    ),
    # checkin: proof of activity for its own sake
    "checkin.word": (
        r"打卡|截图|截屏|点赞|朋友圈|投票|一票|投上|关注|公众号|视频号|抖音|学习强国|强国|积分|答题"
        r"|问卷|扫码|评论|留言|分享|转发.{0,10}(?:朋友圈|微信群|群里)|完成率|未完成|阅读量|浏览量"
        r"|助力|下载.{0,6}(?:app|客户端)|注册|签到|刷"
    ),
    "checkin.en": (
        r"\bvote|\bpoll\b|\blikes?\b|\bshare\b|\bfollow (?:the|our)|\bscreenshot|\bcheck in\b"
        r"|\bclock in|\bsign in\b|\bapp\b|\bpoints\b|\brepost|\bcomment|\bmoments\b|\bquiz"
        r"|\bsurvey|\bcompletion rate|\bsubscribe"
    ),
    # notice: information only
    "notice.word": (
        r"特此通知|特此公告|公告|通告|通报|印发|文件|政策|办法|意见|规定|方案|条例|供参考|参考|学习"
        r"|停水|停电|停气|断电|检修|放假|作息|调整为|开诊|照常|值班电话|预警|关注天气|温馨提示|告知"
        r"|好消息|喜报|祝贺|恭喜|评为|入选|荣获|纪要|已上传|自行下载|群文件|上线|开通|实施|施行"
        r"|起执行|截至|同比|较去年|提高|增长|下降|负责.{0,10}工作|联系电话|代表参加|正常上班|不用参会"
        r"|无需|不需要"
    ),
    # the title of an official document: "关于调整冬季作息时间的通知", 《……》
    "notice.title": (
        r"关于.{2,40}的(?:通知|通告|公告|意见|办法|方案|规定|决定|批复|函|通报|报告)|《[^》]{2,40}》"
    ),
    "notice.en": (
        r"\bnotice\b|\bfor your information|\bfyi\b|\bjust so you know|\bwill (?:be )?close"
        r"|\bclosed\b|\bclosure|\bmaintenance|\binterrupted|\bwater supply|\bpower (?:cut|outage)"
        r"|\bholiday|\bannounce|\bhas (?:issued|published|released)|\bpublished|\bpolicy"
        r"|\bguideline|\bsharing\b|\bno action needed|\beffective from|\bfrom \d+ \w+,? "
        r"|\blaunch|\bcongratulat|\bwill serve|\bnow available|\bhas been (?:named|awarded|rated)"
    ),
    # chatter: replies and conversation between colleagues
    "chatter.ack": (
        r"^(?:收到|好的|好滴|好|嗯|谢谢|感谢|辛苦|明白|了解|已报|已发|已交|已完成|已转|已安排|已落实"
        r"|已处理|已提交|已投|已点赞|已打卡|ok|okay|noted|received|thanks|thank you|will do|done"
        r"|sure|got it|roger)"
    ),
    "chatter.question": (
        r"[?？]\s*$|吗[?？。]?\s*$|呢[?？。]?\s*$|吧[?？。]?\s*$"
        r"|\b(?:can i|could i|do we|is it|are we|anyone)\b"
    ),
    "chatter.self": r"我|咱|\bi\b|\bi'm\b|\bmy\b|\bme\b|\bwe'll\b",
    "chatter.banter": (
        r"哈哈|呵呵|笑死|lol|haha|辛苦了|加油|点个赞|厉害|666|新年快乐|节日快乐|生日快乐"
    ),
    "chatter.excuse": r"晚到|迟到|请个假|来不了|堵车|在路上|stuck|running late|be late|on my way",
    # a demand for action now: colleagues' replies rarely say 紧急 or 立即
    "urgent.word": (
        r"紧急|特急|加急|火速|立即|立刻|即刻|刻不容缓|第一时间|\burgent|\bimmediately|\basap\b"
        r"|\bright away|\bat once"
    ),
    # how the message is put together
    "form.request": r"请|务必|要求|须|必须|需要|please|kindly|must|need to|required",
    "form.header": (
        r"^(?:【[^】]{1,12}】|\[[^\]]{1,12}\]|[^\s:：,，]{0,8}(?:通知|提醒|通告|公告|预警|通报|要求)[:：]"
        r"|(?:notice|reminder|urgent|fyi|action needed|meeting notice)\b)"
    ),
    "form.addressees": (
        r"^(?:各位|各村|各乡镇|各单位|各网格员?|各位书记|各成员单位|全体|各组长?|各楼栋长"
        r"|dear|hi all|hello all|team)"
    ),
    "form.signature": r"\n[^\n]{2,20}\n\d{1,2}月\d{1,2}日\s*$|\n\d{1,2}月\d{1,2}日\s*$",
    "form.link": r"https?://|www\.",
    "form.phone": r"1[3-9]\d{9}|0\d{2,3}-\d{7,8}",
    "form.schedule": (
        r"每天|每日|每周|每月|每人每天|every (?:day|monday|tuesday|wednesday|thursday|friday|week"
        r"|morning)|daily|weekly"
    ),
}
# The groups added for the colloquial voices open with a lookahead naming every first
# character of their alternatives, which lets the regex engine skip ahead.
# Patterns are lower case and read the lower-cased text: IGNORECASE on every
# pattern costs half as much again as lower-casing the text once.
_COMPILED = tuple((name, led(pattern, re.MULTILINE)) for name, pattern in CUE_GROUPS.items())
_LENGTH_BUCKETS = (4, 10, 20, 40, 100, 300)


def cue_features(normalized: str) -> list[str]:
    """One feature per cue group found ("cue:report.verb"), another when it recurs."""
    features = []
    lowered = normalized.lower()
    for name, pattern in _COMPILED:
        hits = pattern.findall(lowered)
        if hits:
            features.append(f"cue:{name}")
            if len(hits) > 1:
                features.append(f"cue:{name}:2+")
    return features


def length_feature(normalized: str) -> str:
    """A coarse length: "收到" and a 300-character notice are told apart before any word."""
    size = len(normalized)
    bucket = next((i for i, top in enumerate(_LENGTH_BUCKETS) if size <= top), len(_LENGTH_BUCKETS))
    return f"len:{bucket}"
