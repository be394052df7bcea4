"""Is a copy or chase urgent by the due of the notice it joined?

The corpus format carries a notice's due to every copy and chase of it, and a
due within about two hours of sending makes a message urgent. A chase often
states no due of its own ("花名册呢？", "still 3 crews unapproved", "Absence
lists: have Gr 2, FI, K. Gr 5?", "WAD poster screenshots pls"): its own words
make it urgent only when they say so, but sent at 9:20 of a notice due at
10:00, it asks by 10:00 and is as urgent as a copy that says "10点前". Ingest
knows which notice it joined (bot.ingest) and asks here with that notice's due.

Not every message that joins is a chase or a restatement. A question about the
request ("要纸质的还是电子版？", "which form, the blue one?"), an all-clear or a
part reported done ("三组已报", "all in now"), thanks, and a standing rule
("every Monday", "每天9点前") ask nothing by the due, and stay as they are.
"""

from __future__ import annotations

from datetime import datetime

from nlp.dedup import chases
from nlp.due import is_acknowledgement, prepare
from nlp.due._patterns import RECURRING
from nlp.leading import led
from nlp.urgency import URGENT_WINDOW

__all__ = ["pressed_by_due"]

# Texts here are folded (nlp.due.prepare): simplified, lower case, digits.
# A question about the request, not after it: "要纸质的还是电子版？", "需要盖章吗",
# "怎么填", "which template?", "do we need the signatures too?"
_ASKS_ABOUT = led(
    r"还是|要不要|需不需要|用不用|能不能|可不可以|是否|怎么|为什么|为啥|哪(?:个|种|一|些|里|儿)"
    r"|什么|啥|多少|(?:需要|可以|能|要|用)[^，,。!！?？]{0,10}吗|对吗|行吗|对不对|行不行"
    r"|^\W*(?:do|does|did|should|can|could|may|will|would|is it|is this|is that|are we|is there)\b"
    r"|\b(?:which|how|why|what)\b|\bor (?:the|a|an|do|should|just)\b"
)
# It asks after what is owed: the question is the chase ("林姐 责任书送了没有？",
# "Priti — precept?", "3号楼15号楼老家属院呢")
_ASKS_AFTER = led(r"(?:[?？]|呢|没有?|了没)\W*$")
# An all-clear, a part done, thanks: "全部认证完成", "已上传", "齐了", "all in now",
# "All moved", "sent", "thanks Hemi"
_DONE_OR_THANKS = led(
    r"(?:看|查|录|填|弄|跑|做|搞|走|排查|走访|处理|认证|清运|整改)(?:完|好了)|已(?:经)?(?:报|交|发|处理|完成"
    r"|看|查|录|填|上传|提交|送|齐|到位|整改|清运)|全部(?:看|查|录|报|交|完成|处理)|^\W*(?:报|交|发)了"
    r"|齐了|到位|搞定|谢谢|感谢|辛苦"
    r"|\b(?:done|sent|finished|completed|submitted|uploaded|emailed|sorted)\b"
    r"|\ball (?:in|done|moved|sorted|clear|good)\b|\bin now\b|\bthanks?\b|\bthank you\b|\bcheers\b"
)


def pressed_by_due(text: str, sent_at: datetime, due_at: datetime | None) -> bool:
    """Whether ``text``, sent at ``sent_at`` and joined to a notice due at ``due_at``
    (one it does not restate a due of its own against), is urgent by that due.

    Within URGENT_WINDOW after sending ("花名册呢？" at 9:20 for 10:00, "Gr 5?" at
    14:00 for 15:30) it is; a due passed, or further off (the same chase the day
    before), is not. Nor is a question about the request, a part reported done,
    thanks, or a standing rule (see the module docstring).
    """
    if due_at is None or not sent_at < due_at <= sent_at + URGENT_WINDOW:
        return False
    folded = prepare(text)
    if is_acknowledgement(folded) or _ASKS_ABOUT.search(folded) or RECURRING.search(folded):
        return False
    if chases(text, prepared=folded) or _ASKS_AFTER.search(folded):
        return True
    return _DONE_OR_THANKS.search(folded) is None
