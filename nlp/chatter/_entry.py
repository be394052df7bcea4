"""Data entered into a system is data handed over: a report.

The format's report is data collection, 录入 among its verbs
(../shared/corpus-format.md). The classifier, having seen data entry mostly beside work
on the ground ("免疫档案同步录入系统", "ring your list … log the calls on the system"),
takes a request to key results into a system ("体检结果月底前全部录入公卫系统", "enter
the figures into the portal by Friday") and the chases of it ("体检录入呢？") for a
task. With no work on the ground, a check, a visit or a call to make first, the ask
is the entry itself.

Kept apart from :mod:`nlp.chatter._ask`, which calls it, so that file stays short.
Read from :func:`nlp.normalize.normalize_text` output, lower-cased.
"""

from __future__ import annotations

from nlp.leading import led

__all__ = ["ENTERED", "WORK_FIRST"]

# Results keyed into a system or uploaded to a platform.
ENTERED = led(
    r"录入|填报|录到|录进|上传(?:到|至)?[^，。]{0,10}(?:系统|平台)"
    r"|\b(?:enter(?:ed)?|input|upload(?:ed)?|log(?:ged)?)\b[^.!?]{0,40}"
    r"\b(?:into|on|onto|in|to) (?:the )?[\w ]{0,15}(?:system|database|portal|tracker)\b"
)
# Work the entry records, beyond nlp.chatter._ask's work on the ground: a campaign or a
# self-inspection carried out, animals or people vaccinated, people rung or visited.
WORK_FIRST = led(r"开展|自查|免疫|接种|\b(?:ring|phone|call|visit|check)\b")
