"""Office objects named in either language: one word for a notice and its retelling.

A Chinese notice retold in an English group ("元旦1到3号谁值班" → "holiday
on-call names") shares no word with it, and a paraphrase names the object by
a near word (排班 for 值班, 小结 for 总结). Each concept here is a Chinese word
a notice asks about, with the English words and the Chinese near words that
name it; a text that says any of them is given that word too, so the two
copies share it and weigh it as the dictionary weighs the Chinese word.
The English words stay words of their own too: a reminder that names part
of a phrase ("Grade 4 reps" of "parent reps") still shares it. Only objects are listed (the
duty roster, the vaccine, the forklift licence): verbs of asking and times
are what every notice says.
"""

from __future__ import annotations

import re

from nlp.leading import led

__all__ = ["DELIVERABLES", "concepts"]

# Chinese word | English words and phrases (folded, lower case) | Chinese near words
_TABLE = """
值班|on-call on call duty rota duty roster rota roster standby|排班 值守 轮值
元旦|new year's new year|
春节|spring festival chinese new year lunar new year|过年
总结|write-up write up writeup summary summaries annual review|小结 总结
外籍|foreign national foreign resident foreigner expat|外国人 外籍人员 外宾 涉外
疫苗|vaccine vaccines vaccination vaccinations jab jabs immunisation immunization|接种
流感|flu influenza|
体检|health check health checks check-up checkup medical exam|
消防|fire safety fire-code fire code fire brigade fire drill extinguisher extinguishers|消防
演练|drill drills evacuation|疏散 演习
叉车|forklift forklifts|
证书|certificate certificates licence licences license licenses|证件 操作证 上岗证
居留|residence permit residence permits|居留证 居留许可
签证|visa visas|
住宿|guesthouse guest house hostel hotel dorm dormitory lodging accommodation|民宿 宿舍 宾馆 酒店
公安|police|派出所 民警 警方
手机号|mobile number phone number mobile|手机 手机号码
人数|headcount head count headcounts|人数
停电|power cut power outage blackout outage|断电
停水|water cut water outage|断水
垃圾|rubbish garbage litter bins bin trash|垃圾桶 垃圾
危废|hazardous waste|危险废物
危化品|hazmat hazardous chemicals dangerous goods|危险化学品 危化
加油站|petrol station petrol stations gas station gas stations filling station|
大风|gale gales strong wind strong winds high winds|刮大风
积雪|snow shovel snow shovels snow clearing snow|扫雪 除雪 铲雪 暴雪
冰冻|icy ice freezing rain black ice|结冰 冻雨 道路结冰
寒潮|cold wave cold snap cold spell|降温 冷空气
台风|typhoon typhoon signal signal 8 signal no. 8|风球 八号风球
防汛|flood flooding|洪水
家长|parent rep parent reps parents' meeting parent-teacher|家长会
考试|exam exams examination|期末考 考务
座谈|forum roundtable round table symposium|座谈会
招聘|recruitment recruiting job fair hiring|
志愿|volunteer volunteers volunteering|志愿者 志愿服务
捐赠|donation donations|募捐 捐款 捐物
棉衣|coat coats winter clothing|冬衣 棉被 御寒
补贴|subsidy subsidies allowance allowances|补助
工资|wage wages salary salaries payroll|薪酬
考勤|attendance|签到表
台账|ledger ledgers|
日志|logbook logbooks|
翻译|interpreter interpreters interpreting translator translation|口译 翻译
午餐|packed lunch lunch order lunch|盒饭 订餐 用餐
回执|reply slip consent slip consent form permission slip|同意书 回执单
研学|field trip school trip study trip|春游 秋游 研学
交通|shuttle bus pick-up pickup|派车 大巴 乘车 坐车
慰问|condolence visit|走访慰问
独居|living alone lives alone|独居 空巢
问卷|questionnaire survey|调查问卷
答题|quiz|知识竞赛 网络答题
宣传|poster posters banner banners|海报 横幅
安全生产|workplace safety production safety|安全生产
隐患|hazard hazards|
发票|invoice invoices receipt receipts|报销
预算|budget budgets|
验收|acceptance check handover inspection|验收
整改|rectification corrective action|
检查|inspection inspections inspector inspectors|督查 抽查 暗访 检查
审核|audit audits auditor|审核 审计
培训|training trainings workshop workshops|轮训 培训班
讲座|lecture lectures briefing|讲座 宣讲
统计|figures tally statistics stats|统计
活动|activity activities event events|
假期|holiday holidays|放假 节假日 假期
名单|name list names name|名单 姓名 名字 花名册
灭火器|fire extinguisher|
安全帽|hard hat hard hats helmet|
口罩|face mask masks|
护照|passport|
身份证|id card|身份证号
社保|social insurance social security|
医保|medical insurance health insurance|合作医疗 农合 医疗保险 居民医保
低保|subsistence allowance minimum living allowance|
燃气|gas leak gas safety gas cylinder|煤气 液化气
电动车|e-bike e-bikes electric bike ebike scooter|电瓶车
暴雨|rainstorm heavy rain downpour|大雨 强降雨
滑坡|landslide landslides mudslide|塌方 泥石流 地质灾害
溺水|drowning|防溺水
疫情|outbreak epidemic|
会议纪要|meeting minutes minutes|纪要
周年大会|agm annual general meeting|会员大会 年会 年度大会
报名|registration sign-up sign up|报名表
合同|contract|
门禁|access card key card|门禁卡
校车|school bus|
校服|uniform|
寒假|winter break winter holiday|
成绩|report card grades scores marks|成绩单 分数
走访|home visit home visits|入户 家访
退役军人|veteran veterans|老兵 退伍 当过兵 复员军人 优抚对象
流动人口|migrant workers|外来人口 外地来 出租户 出租屋 暂住
返乡|returnees|返乡人员 回乡 过年回来 回来过年
撂荒|idle farmland|荒着的田 荒地 抛荒 没种的地
养老保险|pension|养老金 城乡居民养老
高龄|elderly allowance|高龄津贴 高龄补贴 八十岁以上 80岁以上 80周岁以上
防返贫|poverty relapse|返贫 监测户 防止返贫
秸秆|straw burning|秸秆 烧秸秆
危房|unsafe housing|住房安全 危旧房 房屋安全 自建房
松材线虫|pine wilt|死松树 枯死松 松树枯
存粮|grain stocks|储粮 余粮 存了多少谷子 卖粮
动物防疫|livestock vaccination|口蹄疫 小反刍 禽流感 秋防 春防
组织关系|party membership check|失联党员 流动党员 组织关系
卡点|checkpoint checkpoints|劝导点 设卡 劝导卡点
反诈|anti-fraud scam scams|防诈骗 诈骗 国家反诈
禁毒|anti-drug drugs|毒品
农业保险|crop insurance|种田保险 农险 种植险 养殖险
祭扫|grave sweeping|上坟 扫墓 烧纸
年报|annual return|年报
月报|monthly return monthly report|月报
黄龙病|citrus greening|黄龙病
""".strip()


# What a request asks to be handed in (the list, the slip, the lunch order), as
# against what it is about (the trip, the holiday): two requests by one deadline
# that ask for different things are two notices, whatever topic they share.
DELIVERABLES = frozenset(
    ("午餐", "回执", "名单", "台账", "总结", "手机号", "证书", "日志", "考勤", "发票", "预算",
     "问卷", "人数")
)  # fmt: skip


def _compile() -> tuple[dict[str, str], re.Pattern[str], dict[str, str], re.Pattern[str]]:
    english: dict[str, str] = {}
    chinese: dict[str, str] = {}
    for line in _TABLE.splitlines():
        word, en, zh = line.split("|")
        for phrase in _phrases(en):
            english.setdefault(phrase, word)
        for near in [word, *zh.split()]:
            chinese.setdefault(near, word)
    by_length = sorted(english, key=len, reverse=True)  # "chinese new year" before "new year"
    en_pattern = led(r"\b(?:" + "|".join(map(re.escape, by_length)) + r")(?:e?s)?\b")
    zh_pattern = re.compile("|".join(map(re.escape, sorted(chinese, key=len, reverse=True))))
    return english, en_pattern, chinese, zh_pattern


def _phrases(english: str) -> list[str]:
    """The English column's entries: single words, and the known phrases of two or
    three words kept whole (the longest first, so each line reads left to right)."""
    words = english.split()
    found, at = [], 0
    while at < len(words):
        for size in (3, 2, 1):
            phrase = " ".join(words[at : at + size])
            if size == 1 or phrase in _KNOWN_PHRASES:
                found.append(phrase)
                at += size
                break
    return found


_KNOWN_PHRASES = frozenset(
    (
        "on call", "duty rota", "duty roster", "new year's", "new year", "spring festival",
        "chinese new year", "lunar new year", "write up", "annual review",
        "foreign national", "foreign nationals", "foreign resident", "health check",
        "health checks",
        "medical exam", "fire safety", "fire code", "fire brigade", "fire drill",
        "residence permit", "residence permits", "guest house", "power cut", "power outage",
        "water cut", "water outage", "hazardous waste", "snow shovel", "snow shovels",
        "snow clearing", "freezing rain", "black ice", "cold wave", "cold snap", "cold spell",
        "parent rep", "parent reps", "parents' meeting", "job fair", "winter clothing",
        "packed lunch", "lunch order", "reply slip", "consent slip", "consent form",
        "permission slip", "field trip", "school trip", "study trip", "shuttle bus",
        "living alone", "lives alone", "workplace safety", "production safety",
        "acceptance check", "corrective action", "mobile number", "phone number", "name list",
        "head count", "fire extinguisher", "hard hat", "hard hats", "face mask", "id card",
        "social insurance", "social security", "medical insurance", "health insurance",
        "subsistence allowance", "minimum living allowance", "gas leak", "gas safety",
        "gas cylinder", "electric bike", "heavy rain", "meeting minutes", "sign up",
        "access card", "key card", "school bus", "winter break", "winter holiday", "report card",
        "home visit", "home visits", "hazardous chemicals", "dangerous goods", "petrol station",
        "petrol stations", "gas station", "gas stations", "filling station", "strong wind",
        "strong winds", "high winds", "migrant workers", "idle farmland", "elderly allowance",
        "poverty relapse", "straw burning", "unsafe housing", "pine wilt", "grain stocks",
        "livestock vaccination", "party membership check", "crop insurance", "grave sweeping",
        "annual return", "monthly return",
        "monthly report", "citrus greening", "typhoon signal", "signal 8", "signal no. 8",
        "annual general meeting",
    )
)  # fmt: skip
_ENGLISH, _EN_PATTERN, _CHINESE, _ZH_PATTERN = _compile()


def _singular(phrase: str) -> str:
    """The glossary's entry a match stands for ("write-ups" for "write-up")."""
    for entry in (phrase, phrase.removesuffix("s"), phrase.removesuffix("es")):
        if entry in _ENGLISH:
            return entry
    return phrase


def concepts(folded: str) -> list[str]:
    """The Chinese words of the concepts the text names (in either language)."""
    found = [_CHINESE[m.group()] for m in _ZH_PATTERN.finditer(folded)]
    found += [_ENGLISH[_singular(m.group())] for m in _EN_PATTERN.finditer(folded)]
    return found
