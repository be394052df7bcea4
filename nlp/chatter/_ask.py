"""The kind a kept message gets when its words say what the ask is, whatever the topic.

The kind classifier learns topics and surfaces: a village cadre relaying "镇里要各组的
估计数 … 明天上午给王丽" in their own words reads like the on-the-ground tasks its
relays were in training, and "县气象台发布大风蓝色预警，出行请注意安全" reads like
the fire and ice orders that were tasks. The format's kinds are decided by the
ask instead (../shared/corpus-format.md):

* a task the classifier sees that asks only for names, a count or a form to be
  handed over, with nothing done on the ground first (a road blocked, a sign put up)
  and nobody called to help ("谁有燃气站电话快发我"), is a report; so is one that asks
  for results keyed into a system (see :mod:`nlp.chatter._entry`);
* a warning passed on that asks nothing beyond "take care" is a notice; and a notice
  the classifier sees (a warning, an incident, a 通报) that goes on to order the units
  to work on the ground, asks its readers to put something right by a deadline or
  summons help at once is a task (see :mod:`nlp.chatter._orders`), unless it is a drill;
  so is a meeting or visit the classifier sees whose ask is that work, nobody asked to
  attend;
* a task or report asking people to sign up (报名, "put your name in the sheet") is a
  report: the ask is names handed over, whatever the event behind them; unless the
  text is the announcement of a training or meeting a unit holds (县XX局举办…培训会，
  名额N人，请…报名): then the sign-up is the way in and the ask is to attend, a meeting;
* a hazard told as news that ends by calling for someone to come or help ("谁那有发电机",
  "哪个能去拿", "Sam pls come now") is a task, though it reads like the incident notices;
* a task that only tells of something settled (all clear, 已全部处置, power back) and
  asks nothing is a notice;
* a meeting named only as past, as the source of the ask ("根据10月25日会议要求，请…报送",
  "按推进会精神") or in a recap of it ("feedback from last Thursday's meeting") is no
  meeting to attend: a report when the ask is sending something in, else a notice
  when nothing is asked;
* work handed to a lead with others in support ("请X同志牵头，各所配合，…") is a task,
  though what they lead may be an event at a place and time or a check of records;
* a report whose only hand-over is a photo of work put right or put up on the ground
  (salt spread, signs made good, "send a pic once it's up") is a task: see
  :mod:`nlp.chatter._proof`;
* a demand to clock in and out, to vote for someone, or to click, finish an app module
  or reply a token as proof (:mod:`nlp.chatter._proof`) is a checkin, however much it
  reads like an HR rule or a data request.

Read from :func:`nlp.normalize.normalize_text` output, lower-cased. Plain
precompiled regexes: this runs on every kept message.
"""

from __future__ import annotations

from nlp.chatter._ask_told import only_told
from nlp.chatter._entry import ENTERED, WORK_FIRST
from nlp.chatter._orders import orders_action, work_before_visit
from nlp.chatter._proof import proves_activity, proves_work
from nlp.leading import led
from nlp.types import Kind

__all__ = ["calls_for_help", "calls_now", "settle_ask"]

# Something handed over: names, a count, a form, "给我个名字", "发我", "还没交".
_HANDED_OVER = led(
    r"给我个?(?:名字|名单|数)|(?:发|报|交)给?我(?!们)|报一下|报上来|报上去|交上来|交上去"
    # not a list the speaker hands out: "名单我私发给你们", "名单我按片分给网格了"
    r"|(?:名单|名字|个数|估计数|户数|人数)(?![我俺])[^，。,.!！?？]{0,6}(?:报|交|发给|给)"
    r"|多少(?:亩|户|人|个|家|斤)|估计数|报个数|报数"
)
# Work on the ground first: then the hand-over is the task's report-back ("核完发我").
_ON_THE_GROUND = led(
    r"排查|落实|整改|走访|巡查|巡护|清理|清扫|核查|核实|核完|摸排|入户|上门|加固|修复|维修|张贴|劝导"
    r"|处置|值守|巡逻|疏散|转移|检查|查一遍|看一遍|过一遍|走一遍|转一圈|挨家|挨户|看一眼|拍照|宣传"
    r"|通知到|讲一声|说一声|跟.{1,8}讲|清掉|清完|拉走|搬走|挪|贴到|贴在|撒盐|铲|动员|认证|刷脸"
    # people moved, a place walked, a hill patrolled, households phoned or chased to pay,
    # a fire fought, a village tidied: "全部转走", "上山巡一遍", "电话问一遍", "再催一下"
    r"|转走|转到|带到|搞到|打完|查明|留意|巡|复查|贴|出门|分头|看一下|问一遍|问一下|电话问"
    r"|催一下|催促|催缴|征缴|跑一遍|拍|扑救|扑火|收拾|整治|清洁"
    # a road blocked, a place guarded, a supply shut off, a sign put up: "两头拦住",
    # "拦好的情况报我", "关了阀门", "put a 'path closed' sign up at both ends"
    r"|拦住|拦好|守住|守好|封路|关阀|关了阀门|关闸|\bput\b[^.!?]{0,30}\bup\b"
)
# Others pushed to sign up ("动员适龄青年报名", "请各村最后冲刺"): the work is the push.
_PUSH = led(r"冲刺|任务数|encourage")
# A warning issued by the weather service or the like.
_WARNING = led(
    r"发布.{0,15}预警|预警信号|\bweather warning\b|\b(?:yellow|orange|red|blue) warning\b"
)
# The only ask a passed-on warning may make and still inform: take care, keep off the hills.
_TAKE_CARE = led(
    r"请?(?:大家|广大群众|各位)?(?:出行|外出)?(?:请)?注意(?:安全|防范|防寒|保暖)|非必要不\w{1,3}"
    r"|\btake care\b|\bstay safe\b"
)
# Anything else asked of the group turns the warning into an order.
_FURTHER_ASK = led(
    r"各(?:村|组|乡镇|单位|网格|楼栋|社区|站所)|务必|立即|马上|做好|落实|排查|转移|值守|值班|报|巡查"
    r"|\b(?:all wards|please (?:check|make sure|ensure|report))"
)

# Names handed over to sign up; not "不用报名", not a sign on a wall ("sign up on the 2nd floor").
_SIGN_UP = led(
    r"(?<!不用)(?<!无需)报名(?!已结束|已截止)|\bsign[- ]?ups?\b(?! on\b)"
    r"|\bsign up (?:for|by|before|at)\b|\bput (?:your|their) names? (?:in|on|down)\b"
    r"|\bnames? (?:to me|by)\b|\bbook (?:your|a) (?:slot|place)\b"
)
# A training or meeting announced as held by a unit, named right after the verb ("县民政局
# 举办社会救助业务培训会，", "举办返乡人员专场招聘会，", "召开…工作会，"); the noun ends
# the phrase, so "举办培训的经费" or "召开会议的通知下发后" do not count. A sign-up
# for it is how one gets in. Not a contest (竞赛: the entrants' names are the report),
# not a meal or a screening.
_HELD_EVENT = led(
    r"(?:举办|召开)[^，。,.;；!！?？\s]{0,20}(?:培训|会议|讲座|培训班|会)(?=[，。,.;；:：\s（(]|$)"
)
# A meeting named as past: the ask's source ("根据10月25日会议要求", "按照今天例会部署",
# "根据…推进会精神") or what a recap or the minutes tell of ("recap of last Tuesday's
# forum", "feedback from yesterday's meeting"). Not "会议室" nor the meeting to come.
_PAST_MEETING = led(
    r"(?:根据|按照|按)[^，。,;；]{0,25}会议?的?(?:精神|要求|部署)"
    r"|\b(?:recap|feedback|minutes|summary|notes)\b[^.:]{0,30}"
    r"\b(?:last|yesterday|yesterday's|this morning's)\b"
)
# Something sent in, the ask left once the meeting is past: 报送, 上报, "submit".
_SENT_IN = led(r"报送|上报|填报|报至|\bsubmit\b|\bsend (?:in|me|us)\b")
# People sent somewhere or set to work this minute, by name or by unit: "值班护士马上到三楼",
# "物业派个人来", "要人来搭把手", "各小区立即排查", "Can someone go round now?", "Need
# two porters down there NOW". Not a promise that help is coming ("电工马上到" ends
# there), not leave to go ("residents can go back in now"). Shared with the long-document
# check: a long text that calls people out now is an order, not a document passed on
# (see :func:`calls_now`).
_CALLED_NOW_CORE = (
    r"(?:马上|立即|立刻|火速)到(?=[^\s,，。.!！?？~])|派个?人(?:过)?来|要人来|来个人"
    r"|各\w{1,4}(?:立即|马上|火速|立刻)(?:启动|撤离|转移|疏散|到岗|到位|赶|集合|摸|排查|停止|组织|上门|入户)"
    r"|(?<!can )(?<!may )\b(?:come|go|get)\b[^.,;!?]{0,30}\b(?:now|asap|immediately)\b"
    r"|\bneed\b[^.]{0,40}\b(?:now|asap)\b|\b(?:evacuate|move)\b[^.]{0,30}\bnow\b"
)
_CALLED_NOW = led(_CALLED_NOW_CORE)
# ... unless it is an exercise: "【演练】…立即疏散", "this is a drill".
_DRILL = led(r"演练|演习|\bdrill\b|\bexercise\b")
# Someone asked to come, fetch or lend a hand at once: the incident is being handled.
_CALL_FOR_HELP = led(
    r"谁(?:那|家|手上)?(?:有|能|在|离|去|会)|哪个(?:能|有|在)|哪位(?:能|有|在)|有\w{1,4}的帮着"
    r"|帮(?:着|忙)(?:找|看|搬)"
    r"|\bany(?:one|body)\b[^.?!]{0,20}\b(?:free|nearby|around|close|got|have|able|help)\b"
    r"|\bcome now\b|\bneed \d+ (?:ppl|people|hands)\b"
    r"|\bvolunteers?\b[^.]{0,20}\b(?:nearby|needed)\b"
    r"|" + _CALLED_NOW_CORE
)
# Something already settled: the message tells an outcome.
_SETTLED = led(
    r"^all clear|已经?(?:全部)?(?:恢复|处置|扑灭|浇灭|排除|修好|处理好|解除|找到)"
    # an alert called off, a fire out, nobody hurt, the thing working again: "the alarm
    # was stood down", "stand down all teams", "the outbreak is declared over", "drill
    # over", "后山的火都灭了 没有人受伤", "走丢的孩子已经找到了", "no injuries", "barrier
    # back in service"
    r"|\bstand(?:s|ing)? down\b|\bstood down\b|\bdeclared\b[^.]{0,40}\bover\b"
    r"|\b(?:drill|alert|warning|lockdown|outbreak)\b (?:is |now |has been )?(?:over|lifted|ended)\b"
    r"|\bno (?:one )?injur(?:y|ies|ed)\b|\bback in service\b"
    r"|火(?:都|也)?(?:灭了|熄了)|没(?:得|有)?人受伤"
    r"|已经让\w{0,6}(?:浇灭|扑灭)"
    r"|恢复(?:供|正常|通)|\b(?:is|are|now) (?:restored|reopened)\b|\bpower back\b|\ball quiet\b"
)
# Any ask left in it, a question, a prohibition or a duty handed out keeps it a task.
_STILL_ASKS = led(
    r"请|要|务必|抓紧|必须|不要|莫|别|留守|值守|看守|一下|大家把|各\w{1,3}把|[?？]"
    r"|\b(?:pls|please|can you|need|must|wait|don.t)\b"
)
# The assignment template: one lead, the others in support.
_LEAD_AND_SUPPORT = led(r"牵头[,，、]\w{0,12}配合")
# Proof of activity kept by a system: clocking in and out, keeping the app's track on.
_CLOCK_IN = led(r"打卡|\bclock(?:s|ing)? (?:in|out|on|off)\b|开轨迹|\bbiometric\b|\btimetrack\b")
# A vote or a like asked for someone or something.
_VOTE_FOR = led(r"\bvote for\b|点赞|投一票|帮忙投票|帮\w{1,6}投票")


def _settle_task(lowered: str) -> Kind:
    if _WARNING.search(lowered) and not _FURTHER_ASK.search(_TAKE_CARE.sub(" ", lowered)):
        return Kind.NOTICE
    if _SETTLED.search(lowered) and not _STILL_ASKS.search(lowered):
        return Kind.NOTICE
    # someone asked to come or lend a hand: "谁有燃气站电话快发我" hands over no data
    acts = _ON_THE_GROUND.search(lowered) or _CALL_FOR_HELP.search(lowered)
    if _HANDED_OVER.search(lowered) and not acts:
        return Kind.REPORT
    if ENTERED.search(lowered) and not (acts or WORK_FIRST.search(lowered)):
        return Kind.REPORT
    if _SIGN_UP.search(lowered) and not (acts or _PUSH.search(lowered)):
        return Kind.REPORT
    return Kind.TASK


def _held_for_sign_up(lowered: str) -> bool:
    return bool(_HELD_EVENT.search(lowered) and _SIGN_UP.search(lowered))


def _after_meeting(lowered: str) -> Kind:
    if _SENT_IN.search(lowered):
        return Kind.REPORT
    return Kind.MEETING if _STILL_ASKS.search(lowered) else Kind.NOTICE


def settle_ask(kind: Kind, normalized: str) -> Kind:
    """``kind`` unless the words say the ask is another: see the module docstring."""
    lowered = normalized.lower()
    if kind in (Kind.TASK, Kind.REPORT, Kind.NOTICE) and _CLOCK_IN.search(lowered):
        return Kind.CHECKIN
    if kind in (Kind.TASK, Kind.REPORT) and _VOTE_FOR.search(lowered):
        return Kind.CHECKIN
    if kind in (Kind.TASK, Kind.REPORT) and proves_activity(lowered):
        return Kind.CHECKIN
    if kind in (Kind.MEETING, Kind.REPORT, Kind.NOTICE) and _LEAD_AND_SUPPORT.search(lowered):
        return Kind.TASK
    if kind is Kind.MEETING and work_before_visit(lowered) and not _DRILL.search(lowered):
        return Kind.TASK
    if kind is Kind.MEETING and _PAST_MEETING.search(lowered):
        return _after_meeting(lowered)
    if kind is Kind.MEETING and only_told(lowered):
        return Kind.NOTICE
    if kind in (Kind.TASK, Kind.REPORT) and _held_for_sign_up(lowered):
        return Kind.MEETING
    if kind is Kind.REPORT and proves_work(lowered):
        return Kind.TASK
    if kind is Kind.TASK:
        return _settle_task(lowered)
    if kind is Kind.NOTICE and _CALL_FOR_HELP.search(lowered) and not _DRILL.search(lowered):
        return Kind.TASK
    if kind is Kind.NOTICE and orders_action(lowered) and not _DRILL.search(lowered):
        return Kind.TASK
    return kind


def calls_now(normalized: str) -> bool:
    """Whether the text sends people somewhere or sets them to work this minute (not in
    a drill): such a text is an order however long, never a document passed on."""
    lowered = normalized.lower()
    return bool(_CALLED_NOW.search(lowered)) and not _DRILL.search(lowered)


def calls_for_help(normalized: str) -> bool:
    """Whether the text asks someone to come, fetch or lend a hand ("有摩托的帮着找找",
    "谁离得近"): a hazard it names is being handled, whatever else it says."""
    return bool(_CALL_FOR_HELP.search(normalized.lower()))
