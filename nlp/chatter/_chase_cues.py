"""What a chase says: a deadline stated or the silent ones asked after, a roll call of
who is behind, the units still owing something.

Chases are the notices most often typed like talk ("三组？", "fridge count?",
"思思——照片？"), so the chatter verdict keeps them on these cues (see
:mod:`nlp.chatter._keep`, which reads them beside the other reasons to keep).
"""

from __future__ import annotations

from nlp.leading import either
from nlp.owed import OWED_THINGS, OWED_THINGS_EN

__all__ = ["DEADLINE", "NOT_NAMES", "ROLL", "UNITS"]

# Two characters asked that name no unit: "真的？是吗？", "今天？明天？"
NOT_NAMES = (
    "真的|是吗|好吗|什么|哪里|为啥|咋了|几点|多少|怎么|真假|然后|谁啊|今天|明天|后天|昨天|现在|你呢|我呢"
    "|收到|好的|谢谢|辛苦|哈哈|嗯嗯|好嘞|明白|知道|可以|没事|了解|对的|是的|行的|不行|晚安|早安|大家|加油"
    "|感谢|拜托|抱歉|不好|好滴|来了|到了|在的|已交|已报|已发|马上|稍等|等等|okay|厉害|牛逼|点赞|哈喽"
)
# the units a chase names by number: "三组", "4网格", "六团队", "三病区"
_UNIT = "组|社|屯|网格|班|队|团队|号楼|栋|片区?|病区|车间|中队"
# what office chases ask for in English: the shared list, and the papers, photos, names and
# sitreps a roll call asks after
_OWED_EN = (
    OWED_THINGS_EN + r"|photos|pics|papers|cards|names|reports?|sitreps?|obs|quarterlies"
    r"|rosters?|records|invoices|claims|volunteers|interpreters|ushers"
)
# words that open a question about a thing rather than a chase of it ("do we need photos?")
_ASKS_ABOUT = (
    r"is|are|was|what|which|where|who|whose|how|this|that|the|any|do|does|did|can|could"
    r"|should|need|we|you|i|my|your|our|same|new|other|another|more"
)
# a unit by its code: "Ward 4", "bay 3", "8D", "SD1"
_UNIT_CODE_EN = (
    r"(?:(?:wards?|blocks?|bays?|beds?|levels?|floors?|zones?|sectors?|units?|rooms?|teams?"
    r"|crews?|areas?|sites?|pods?|grades?|class|years?|houses?|groups?|stations?|depots?"
    r"|routes?|week)\s?\d{1,3}[a-z]?|\d{1,2}[a-z](?![a-z])|[a-z]{1,3}\d{1,2})"
)
# a deadline stated, or the silent ones chased: "周五前交", "还差三个村", "still missing Ward 3"
DEADLINE = either(
    "截止|前(?:要|得|必须|交|报|发|给[我俺]|提交|上报|报送|完成|回复|反馈)|还差|就差|仲差|还有[^，。,.!！?？]{0,8}没(?:交|报|发|回|填|到|讲|说|传|录)",
    # the last day, a quarter of an hour left: "今日最后一日交会费", "就剩李店，一刻钟"
    "最[后後][一1][天日]|一[刻剋]钟|\\bcut-?off\\b|\\bfinal \\d{1,3} ?min",
    # a limit and the work to have done by it: "停机前录完", "礼拜四前收齐"
    "前(?:录|填|弄|做|搞|报|交|收|发|传|改|清)(?:完|齐|好)",
    # a thing owed, asked after: "这周的探访表呢", "河口的名单呢"
    f"(?:{OWED_THINGS}|签字)(?:呢|还没)",
    # ... asked whether it is done, the township calling the roll, people awaited at a
    # meeting: "塘子的表 小何 你那边弄好没有", "二军？乡里点名了", "要开会了，熊湾的人到哪了"
    f"(?:{OWED_THINGS})[^。!！]{{0,12}}(?:弄好|做好|填好|交了|报了|发了|拍了|传了|填了|录了)没有?",
    "(?:乡|镇|县|区|街道|市)(?:里|上)?(?:点名|通报)了",
    "开会[^。!！?？]{0,8}(?:的人)?到哪了|(?:的人)?到哪了[^。!！?？]{0,8}开会",
    # one colleague's part asked after by name: "Kenny Glenbeg nursery done? Opens at 8"
    r"^\W*(?!(?:is|are|was|were|it|this|that|what|how|who|which|where|when|why|all"
    r"|everything|anything|you|we|they)\b)[a-z][\w'-]+,?\s+(?:[\w' -]{1,30}\s)?"
    r"(?:done|sorted|finished)\?",
    # ... or with a question mark: "思思——照片？", "大周 出车检查表？"
    # (not a question about one: "这个是不是就是医保那个表？", "述职报告要打印几份？")
    f"^(?!.*(?:是不是|是否|哪|什么|怎么|还是|要不要|多少|几|啥|吗|上次|上回))"
    f".*(?:{OWED_THINGS})[?？]\\s*$",
    # a unit asked after by number: "六组呢", "3网格呢", "二社的呢"
    f"[一二三四五六七八九十0-9]+(?:{_UNIT})的?呢",
    # ... or asked how far it has got: "第三网格几户了？", "二组弄了多少了？"
    f"[一二三四五六七八九十0-9]+(?:{_UNIT})的?[^，。,?？\\s]{{0,4}}(?:几|多少)(?:户|个|家|人|份|张)?了[?？]",
    # the units in, one asked after: "东区 西区收到了 南区的呢"
    "收到了[\\s,，]+[^\\s,，。]{1,6}的呢",
    # the people a meeting waits for: "下湾 石陂 人呢 快开始了"
    "人呢[^，。,.!！?？]{0,4}(?:快|马上|就要|要)开始",
    # one colleague's share asked after: "Jun, yours?", "Malanday yours?"
    r"(?:^|[.!;]\s+)(?![^.!;]*\b(?:this|that|it|these|those|is|are)\b)[a-z][\w' -]{0,20}?,?"
    r"\s*yours\s*\?+\s*$",
    # a countdown: "还有10分钟", "还剩半小时", "仲有廿分钟"; a chase that ends on one
    # ("Kelly timesheet? 5 mins")
    "(?:还|仲|就|只)(?:有|剩)[^，。,.!！?？]{0,4}(?:分钟|小时)",
    r"[?？]\s*\d{1,3}\s?(?:mins?|minutes?)\s*[.!]*\s*$",
    # ... after the one unit left, named: "还剩东坡，十分钟" (not a count the speaker has
    # left: "七网格还剩三家，十分钟")
    "(?:还|就|只)剩(?![^,，]*[一二两三四五六七八九十0-9几个家户人份条])[\\u4e00-\\u9fff]{2,5}[,，]\\s*"
    "[一二三四五六七八九十两0-9]+分钟",
    # people awaited: "二组还没见人，五分钟了"; the last unit told so: "就剩你们村了"
    "还(?:冇|没|未)(?:见|看到|看见)[^,，。]{0,4}人|就(?:剩|差)(?:你们?|您|你俩)",
    # units behind, asked why: "二社 四社咋还没动"
    "(?:咋|怎么|为啥|为什么)还(?:没|冇)(?:动|交|报|填|传|录)",
    # a last call, opening the message or a clause after the thing called for ("Cover
    # slips, last call, I'm sending the return at 1")
    r"(?:^|[,.;:]\s*)\W*(?:last|final) call\b|\b\d{1,3}\s?(?:mins?|minutes|hours?|hrs?) to go\b",
    # the units still owing, by who is waited on: "just Eastside to go", "Waiting on Hill
    # Farm for the return" (not the speaker's own wait: "waiting on a part for the van")
    r"\bjust (?!(?:me|us|you|one|a|an|the)\b)[a-z][\w' ]{1,25} (?:to go|to come|outstanding)\b"
    r"|^\W*(?:still )?waiting on (?!(?:a|an|the|you|me|him|her|them|it)\b)[a-z][\w' ]{1,25}"
    r" for (?:the|your|their|his|her)\b",
    "还没(?:交|报|发|回复|填)|尚未|未(?:报|交|回复)|催一下|催一催",
    # a chase in a cadre's words: "巡山日志 高山 桃坑还没传", "医保 三组五组的还没给我",
    # "慢病随访还剩四组6个老人" (households, people or units still to do)
    "还没(?:传|上传|录)|还没(?:给[我俺]|跟[我俺](?:讲|说))(?![回打电话])|(?:还|就)剩[^，。,.!！?？]{0,6}[0-9一二两三四五六七八九十几]"
    "(?:个|位|名)?(?:户|家|人|老人|村|组|网格|栋)",
    # a time the thing is wanted by: "那个表 今天要", "名单明早必须要"
    "(?:今天|今晚|明天|明儿|明早|上午|下午|中午|晚上|现在)(?:就|必须|一定)?[要得](?:$|[\\s,，。!！]|交|报|发|给)",
    # traditional script too: normalising keeps it ("收到請回復")
    "[请請]回[复復]|收到[请請]回|回[复復]收到",
    r"\bdue (?:today|tomorrow|tonight|by|on|at|before|this|next|\d)|\bdeadline\b"
    r"|\beod\b|\bcob\b|\bstill (?:need|missing|waiting|outstanding|to come)"
    # someone chasing the group ("Finance are chasing", "Lorna chasing"); not the speaker's
    # own round of it ("5A is at 24/26, chasing the last two", "all in but the scaffold
    # one, chasing")
    r"|\boutstanding\b|\bchasing\b(?<!, chasing)(?<!,chasing)"
    r"(?!\s+(?:the (?:rest|last|remaining|parents)|now|them|two|three|\d)\b)"
    r"|\bnot yet (?:in|received)|\bat the latest\b|\blatest by\b"
    # "your drains list today latest", "North done, South still to confirm", "6 of you still
    # not done"
    r"|\b(?:today|tonight|tomorrow) latest\b|\bstill to (?:confirm|send|submit|come in)\b"
    r"|\bstill not (?:done|in|sent|submitted|back)\b",
    # a chase by who has sent so far: "only Kaneshie has sent", "only 9 of 16 have put…",
    # "年报目前就收到石门一个村"
    r"\bonly [a-z]+(?: [a-z]+)? (?:has|have) (?:sent|submitted|returned)\b"
    r"|\bonly \d+ (?:of|out of) \d+\b"
    "|(?:就|只|才)收到[^，。,.!！?？\\s]{0,8}(?:村|组|社区|单位|学校|网格|科室)",
    # a form chased by the units still owing it: "lunch forms 4B?", "heating counts: have
    # 2, 5 and 6. Ward 1 and 3?", "shovel volunteers - Ward 5 and Ward 6?"
    r"\b(?:forms?|lists?|slips?|counts?|figures|returns?|sheets?|names|volunteers)\b"
    r"[^?]{0,40}\b(?:(?:ward|block|grade|class|year)\s?)?\d{1,2}[a-c]?"
    r"(?:\s*(?:,|and|&)\s*(?:(?:ward|block|grade|class|year)\s?)?\d{1,2}[a-c]?)*\s*\?\s*$",
)
# a roll call of who is behind, and nothing else: "三组？", "三组？四组？五组？", "208？",
# "熊湾？李店？" (units by number, or two names and more: colleagues ask one thing)
ROLL = either(
    # "第四网格？", "三(2)班？五(2)班？" too
    r"^\s*(?:(?:第?[一二三四五六七八九十0-9]+(?:\([一二三四五六七八九十0-9]+\))?(?:" + _UNIT + r")"
    r"|[0-9]{3}班?)的?[?？]+\s*)+$",
    # a department or an area asked after alone: "检验科？", "后山片？"
    r"^\s*(?!哪|什么|啥|几|怎|谁|这|那|你|我|他)[\u4e00-\u9fff]{1,4}(?:科|片区?|病区|车间|团队)[?？]+\s*$",
    # ... in English, by its code ("Ward 4?", "8D?", "Kilcarra SD1?", "ushers 9B?")
    r"^\W*(?:[a-z][\w'-]*\s+){0,2}" + _UNIT_CODE_EN + r"\s*\?+\W*$",
    # a thing owed asked after, and nothing else: "fridge count?", "Carmel, stats?",
    # "Kayla — counts?", "Ward 7 log?", "Test lab, photos?"
    rf"^\W*(?:(?!(?:{_ASKS_ABOUT})\b)[a-z0-9][\w.'&-]*\s*[,:—–-]?\s+){{0,3}}"
    rf"(?:{_OWED_EN})\s*\?+\W*$",
    # ... with the units that owe it: "sitreps? 7 and 9", "Blue cards: Banquet?",
    # "Eastbrook, Millfield: rosters?"
    rf"^\W*(?:[a-z][\w'-]*\s+)?(?:{_OWED_EN})\s*[?:]\s*"
    r"(?:[a-z0-9][\w'-]*\s*(?:,|and|&)?\s*){1,3}\?*\W*$",
    rf"^\W*(?:[a-z0-9][\w'-]*\s*(?:,|and|&)?\s*){{1,3}}:\s*(?:{_OWED_EN})\s*\?+\W*$",
    r"^\s*(?:(?!" + NOT_NAMES + r")[\u4e00-\u9fff]{2}[?？]+\s*){2,}$",
    # one colleague asked for their unit: "老邓，三组？"
    r"^\s*[\u4e00-\u9fff]{2,4}[，,、\s—–-]+(?:[一二三四五六七八九十0-9]+(?:组|社|屯|网格|班|队|号楼|栋)"
    r"的?[?？]+\s*)+$",
    # English names in a row, each asked after: "Riverside? Mobile?"
    r"^\s*(?:(?!(?:really|why|what|how|who|when|where|seriously|sure|ok|okay|yes|no|anyone"
    r"|huh|right|and|or|me|you|us|them|now|today|tomorrow|lunch|coffee)\?)[a-z][\w'-]{2,20}"
    r"(?: [a-z][\w'-]{2,20})?\?+\s*){2,}$",
)
# the units still owing something, listed after it: "烟感 三网格 四网格", "征兵的 二组四组",
# "流感疫苗数 柳塘村 石陂村" (a bare follow-up; read only when nothing marks the
# message as talk, since a status lists its units too: "一组三组报了")
UNITS = either(
    r"[一二三四五六七八九十两\d]{1,2}(?:组|网格|年级|班|社|队)[\s、,，和跟]*"
    r"[一二三四五六七八九十两\d]{1,2}(?:组|网格|年级|班|社|队)\s*$",
    r"[\u4e00-\u9fff]{2}村[\s、,，和跟]+[\u4e00-\u9fff]{2}村\s*$",
)
