"""A task the classifier sees that asks for results keyed into a system, with no work on the
ground, check, visit or call to make first, is a report; the entry that records work
done stays the work's task."""

from __future__ import annotations

import pytest

from nlp.chatter._ask import settle_ask
from nlp.normalize import normalize_text
from nlp.types import Kind


def ask(kind: Kind, text: str) -> Kind:
    return settle_ask(kind, normalize_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "各村医：今年慢病随访结果请于月底前全部录入公卫系统，县里下月初抽查录入率",
        "学生体测成绩周五前录入教育平台，逾期系统关闭",
        "各网格：本周新增租户信息今天下班前上传到综治平台",
        "Please enter the November attendance figures into the HR system by Friday",
        "All timesheets need to be uploaded to the payroll portal before Monday noon",
    ],
)
def test_results_keyed_into_a_system_are_a_report(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        # the work first, the entry records it
        "各村本周开展秋季免疫，做到应免尽免，免疫档案同步录入系统",
        "今天把五组的危房挨户排查一遍，排查结果录入平台",
        "Storm tonight - ring every tenant on your vulnerable list and log the calls on the system",
        "Please visit the three flagged households and enter your notes into the case system",
    ],
)
def test_an_entry_that_records_work_done_stays_a_task(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.TASK
