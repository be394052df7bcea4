"""Proof asked for. A photo of work put right or put up on the ground proves the work: the
ask is a task, though the classifier reads "拍照发我" as a report; a photo of a record, log
or form is the data itself and stays a report. A click, a finished app module or a token
reply asked as proof is a checkin."""

from __future__ import annotations

import pytest

from nlp.chatter._ask import settle_ask
from nlp.chatter._proof import proves_work
from nlp.normalize import normalize_text
from nlp.types import Kind


def ask(kind: Kind, text: str) -> Kind:
    return settle_ask(kind, normalize_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "今晚有冰冻 各组把村口那段坡路撒上盐 弄好了拍照发我",
        "各村：防溺水警示牌缺的本周内补齐，补好后照片发到群里",
        "消防宣传海报明天中午前在各楼栋门口贴好，贴完拍张照片发我",
        "各屯今天用大喇叭把防火通知播一遍，播的时候录个视频发上来",
        "危房那几户的屋顶这两天加固一下，弄完拍几张照",
        "Ward leads: the no-parking signs need to be up by Thursday, send a pic once they are up",
        "Please get the ramps gritted before 7 and post photos here when done",
        "Broken bench at the park gate needs to be repaired by Friday - photos to me after",
    ],
)
def test_a_photo_of_work_done_is_a_task(text: str) -> None:
    assert proves_work(normalize_text(text).lower())
    assert ask(Kind.REPORT, text) is Kind.TASK


@pytest.mark.parametrize(
    "text",
    [
        # the photo is of the record, the log or the form: the data handed in
        "这个月的巡查日志每页拍照发群里，月底前",
        "各村本周防火巡查周报周五下午五点前报送，附巡查照片",
        "整改前后对比照片周三前报综治办，标语贴好的也拍一下",
        "残疾证拍个照发我，补贴年审要用",
        "Send me a photo of the fridge temperature chart for November by noon",
        "Checklist plus before/after photos of the repaired fences by 5pm please",
        # photos asked for, but nothing put right or up first
        "振兴办要各村人居环境照片，村口、河道各三张，周三前发群里",
        "Photos of this morning's event to me by 6 please",
    ],
)
def test_a_photo_of_data_or_of_nothing_done_stays_a_report(text: str) -> None:
    assert not proves_work(normalize_text(text).lower())
    assert ask(Kind.REPORT, text) is Kind.REPORT


def test_a_task_with_a_photo_of_work_stays_a_task() -> None:
    assert ask(Kind.TASK, "各组把路口的警示牌挂好，挂好拍照发我") is Kind.TASK


@pytest.mark.parametrize(
    "text",
    [
        "New fire procedure on the intranet: please read it and click Acknowledge by Friday",
        "New starters must finish the safety module on the training app before their first shift",
        'Roll call for Saturday\'s shift: reply "in" here by 6pm so I know who is coming',
        '新版考勤制度已发OA，请大家本周五前点"已阅"',
        "各位党员本周内完成学习平台上的冬训课程学习",
        '明天早班的同志今晚8点前在群里回复"1"',
    ],
)
def test_a_click_or_a_token_reply_as_proof_is_a_checkin(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.CHECKIN
    assert ask(Kind.REPORT, text) is Kind.CHECKIN


@pytest.mark.parametrize(
    "text",
    [
        "Please read the new fire procedure before Friday's drill",
        "Reply here if you can help at the fun run on Saturday",
        "各单位收到请回复，今晚8点前把值班表报上来",
        "请大家本周五前把考勤表交到办公室",
    ],
)
def test_reading_or_answering_without_a_token_is_no_checkin(text: str) -> None:
    assert ask(Kind.TASK, text) is not Kind.CHECKIN
