"""When a message may be dropped as chatter: a verdict that needs evidence.

A message the classifier calls chatter leaves every digest and is never
pushed, so that mistake costs a cadre a missed notice; the opposite mistake
costs one extra line. The classifier learned from a corpus whose short
notices were clean one-liners and whose chatter was everything informal, so
on real groups it calls a hurried "河口那边冒烟了 谁离得近" or "@老吴 @钱婶
你们组的表还没交" chatter. Its word alone is therefore not enough:

* a message is chatter when it is plainly a reply (收到, 好的, 👍, "三组已报",
  "已到现场，明火已灭"), thanks, a joke, small talk, a greeting or a question
  between colleagues, and nothing in it asks the group for anything;
* anything that asks people to do, attend, report or watch out, or tells of a
  hazard, an inspection, a closure or a change, is kept, however short;
* with neither kind of evidence the classifier must be sure, else the message
  is kept too.

A kept message takes the classifier's best other kind. Everything is read
from :func:`nlp.normalize.normalize_text` output, lower-cased; @mentions are
read from the raw text, since normalising removes them.

What plain chatter looks like lives in ``_talk``, what keeps a message in
``_keep``, and the verdict that weighs the two against the classifier in
``_verdict``; ``_account`` and ``_remark`` tell colleagues' accounts and remarks (an
all-clear, a complaint, a memory, the speaker on the way, a question with its reason);
``_asked_about`` tells a colleague's question about a notice, which the
verdict lets be chatter even where the classifier, unsure, gave it a notice's kind;
``_told`` tells colleagues' talk in shapes a notice also takes (work done, an answer
opened by its yes or no, a question without its mark), evidence only when the
classifier already leans to chatter; ``_named`` tells an urgent word said laughing or
named in talk ("你这个紧急通知吓我一跳"), which keeps no talk.
"""

from nlp.chatter._keep import calls_roll, keep_evidence
from nlp.chatter._roll import asked_alone
from nlp.chatter._talk import chatter_evidence
from nlp.chatter._verdict import KindVerdict, settle_kind

__all__ = [
    "KindVerdict",
    "asked_alone",
    "calls_roll",
    "chatter_evidence",
    "keep_evidence",
    "settle_kind",
]
