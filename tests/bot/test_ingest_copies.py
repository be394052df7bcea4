"""Copies people make (retold, reminded, chased, summarised, relayed) join the
notice's cluster at ingest; the same template about something else does not."""

from __future__ import annotations

from datetime import UTC, datetime

from nlp.types import Kind
from storage.database import Database
from tests.helpers.ingest import OTHER, TOWN, VILLAGE
from tests.helpers.ingest import clusters as _clusters
from tests.helpers.ingest import outcomes as _outcomes

FORM = "请各村于11月20日（本周五）下午5点前报送秸秆禁烧巡查台账，电子版发农业站邮箱。"


def test_a_retelling_in_another_group_joins(database: Database) -> None:
    retold = "各位组长，镇里要秸秆禁烧的巡查台账，周五下午5点前给我，我汇总了报上去😂又是台账"
    first, second = _clusters(database, [(TOWN, 0, FORM), (VILLAGE, 40, retold)])
    assert first is not None and second == first


def test_a_partial_reminder_with_a_status_line_joins(database: Database) -> None:
    reminder = "秸秆禁烧巡查台账周五下午5点截止，目前只收到东山、南塘两个村，还有5个村没交"
    first, second = _clusters(database, [(TOWN, 0, FORM), (TOWN, 60 * 24, reminder)])
    assert second == first


def test_a_bare_english_follow_up_joins_in_its_group(database: Database) -> None:
    ask = "Ward leaders: please send this month's ward population figures by 5pm on Friday."
    chase = "Reminder: population figures due by 5pm today, still missing Wards 2 and 6"
    first, second = _clusters(database, [(OTHER, 0, ask), (OTHER, 60 * 24 * 4, chase)])
    assert second == first


def test_a_next_day_relay_words_the_same_moment_against_its_own_date(database: Database) -> None:
    meeting = "明天上午9点在镇政府三楼会议室召开冬季森林防火工作部署会，请各村书记参加。"
    relay = "今天上午9点镇政府三楼会议室开森林防火部署会，书记们别迟到"
    first, second = _clusters(database, [(TOWN, 0, meeting), (VILLAGE, 60 * 16, relay)])
    assert second == first


def test_last_weeks_template_is_another_notice(database: Database) -> None:
    later = FORM.replace("11月20日（本周五）", "11月27日（下周五）")
    first, second = _clusters(database, [(TOWN, 0, FORM), (TOWN, 30, later)])
    assert second != first


def test_a_reminder_about_another_form_in_the_same_group_is_not_a_copy(
    database: Database,
) -> None:
    other = "困难群众冬季取暖需求摸底表还有3个村没交，周五下午5点前必须交齐"
    first, second = _clusters(database, [(TOWN, 0, FORM), (TOWN, 120, other)])
    assert second != first


def test_the_same_meeting_in_another_room_is_another_notice(database: Database) -> None:
    meeting = "11月18日下午3点在镇政府二楼会议室召开安全生产工作会议，请各村书记准时参加。"
    moved = meeting.replace("二楼会议室", "五楼报告厅")
    first, second = _clusters(database, [(TOWN, 0, meeting), (VILLAGE, 20, moved)])
    assert second != first


LONG = (
    "各乡镇：\n据气象部门预测，本周四至周六将出现今冬首次寒潮，请做好以下工作：\n"
    "1.11月20日（周五）下午5点前完成辖区内农业大棚、养殖棚舍加固检查；\n"
    "2.排查自来水管道、水表防冻措施，提醒群众包裹外露水管；\n"
    "3.检查五保户、独居老人取暖物资，必要时集中安置；\n"
    "4.各乡镇检查情况于20日下午5点前报县应急局。"
)


def test_a_summary_forward_of_a_long_numbered_notice_joins(database: Database) -> None:
    summary = (
        "县里寒潮通知简单说：周五下午5点前把大棚、养殖棚舍、外露水管、五保户独居老人取暖都检查一遍，"
        "情况报我"
    )
    first, second = _clusters(database, [(TOWN, 0, LONG), (VILLAGE, 35, summary)])
    assert first is not None and second == first


def test_a_bare_follow_up_naming_the_form_joins_in_its_group(database: Database) -> None:
    chase = "秸秆禁烧台账 还差二组、五组 抓紧"
    first, second = _clusters(database, [(VILLAGE, 0, FORM), (VILLAGE, 60 * 26, chase)])
    assert second == first


def test_this_weeks_chase_of_a_weekly_log_is_not_last_weeks(database: Database) -> None:
    week = 60 * 24 * 7
    posts = [
        (TOWN, 0, "本周护林员巡山日志今天下午5点前上传，轨迹截图不少于5张。"),
        (TOWN, 390, "巡山日志还差白水、枫林，5点前"),
        (TOWN, week, "本周巡山日志今天下午5点前上传，要求同上周。"),
        (TOWN, week + 420, "巡山日志还差白水、枫林，5点前"),
    ]
    first, chase, second, chase_again = _clusters(database, posts)
    assert chase == first and chase_again == second and second != first


def test_two_forms_chased_in_one_group_with_one_deadline_stay_apart(database: Database) -> None:
    posts = [
        (TOWN, 0, "各乡镇：请于11月20日（周五）下午5点前报送留守老人关爱服务台账，含探访次数。"),
        (TOWN, 20, "各乡镇：临时救助季度统计表同样是本周五下午5点前报社救股，金额要和系统一致。"),
        (TOWN, 60 * 24 * 4, "留守老人关爱台账今天下午5点截止，白水、石桥还没收到"),
        (TOWN, 60 * 24 * 4 + 15, "临时救助统计表今天也截止，目前只有青石报了"),
    ]
    care, relief, care_chase, relief_chase = _clusters(database, posts)
    assert care != relief
    assert care_chase != relief and relief_chase != care


def test_a_reminder_is_stored_as_one_with_its_status_line(database: Database) -> None:
    from storage import repository as repo

    posts = [
        (TOWN, 0, FORM),
        (VILLAGE, 40, "各位组长，镇里要秸秆禁烧的巡查台账，周五下午5点前给我，我汇总了报上去"),
        (TOWN, 60 * 24, "秸秆禁烧巡查台账周五下午5点截止，目前只收到东山、南塘两个村"),
        (TOWN, 60 * 24 * 4, "秸秆禁烧台账还差西岭、北坪没交，今天下午5点前"),
    ]
    clusters = _clusters(database, posts)
    assert len(set(clusters)) == 1 and clusters[0] is not None
    with database.session() as s:
        (found,) = repo.reminders_of(session=s, cluster_ids=[clusters[0]]).values()
    assert found.count == 2  # the retelling is a copy, not a reminder
    assert found.latest_status == "秸秆禁烧台账还差西岭、北坪没交"
    assert found.latest_due == datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_a_chase_typed_like_chatter_joins_only_in_its_own_group(database: Database) -> None:
    ask = (
        "各组长：镇里要明年城乡居民医保缴费的进度，每个组交了多少人、还剩哪几户没交，"
        "周三中午前报小何。"
    )
    posts = [
        (VILLAGE, 0, ask),
        (VILLAGE, 4, "医保缴费打工的那几户 家里人代交算不算"),
        (OTHER, 60 * 29, "医保缴费 三组 五组 😓"),
        (VILLAGE, 60 * 30, "医保缴费 三组 五组 😓"),
        (VILLAGE, 60 * 31, "医保缴费的表格去年是哪个版本？"),
    ]
    first, reply, elsewhere, chase, question = _clusters(
        database, posts, frozenset(text for _, _, text in posts[1:])
    )
    assert first is not None and chase == first
    assert reply is None  # a reply minutes after the notice is talk about it, no copy
    assert elsewhere is None  # not this group's notice, and it asks nothing of its own
    assert question is None  # a question about the notice is no follow-up of it


def test_the_same_briefing_for_another_grade_and_room_is_another_notice(
    database: Database,
) -> None:
    posts = [
        (OTHER, 0, "Grade 4 parent reps: end-of-term briefing this Thursday 3:45pm in Room 204."),
        (OTHER, 1, "Grade 5 parent reps: same briefing, same time, but in Room 210."),
        (OTHER, 60 * 72, "Reminder: Grade 4 reps, 3:45 today, Room 204"),
    ]
    grade4, grade5, reminder = _clusters(database, posts)
    assert grade4 != grade5 and reminder == grade4


def test_a_copy_posted_again_where_the_notice_was_is_stored_as_a_reminder(
    database: Database,
) -> None:
    from storage import repository as repo

    posts = [
        (TOWN, 0, FORM),
        (VILLAGE, 40, "各位组长，镇里要秸秆禁烧的巡查台账，周五下午5点前给我，我汇总了报上去"),
        (TOWN, 60 * 24, "请各村于11月20日（本周五）下午5点前报送秸秆禁烧巡查台账，发农业站邮箱"),
    ]
    clusters = _clusters(database, posts)
    assert len(set(clusters)) == 1 and clusters[0] is not None
    with database.session() as s:
        (found,) = repo.reminders_of(session=s, cluster_ids=[clusters[0]]).values()
        rows = repo.copies_of(session=s, cluster_ids=[clusters[0]])
    assert found.count == 1  # the repost where it was, not the retelling elsewhere
    assert [row.reminder for row in rows] == [False, False, True]


def test_a_bare_follow_up_that_joined_asks_by_the_notices_due(database: Database) -> None:
    ask = "各组长：镇里要外出务工人员花名册，今天下午5点前发我，过年回不回来也标上。"
    posts = [
        (VILLAGE, 0, ask),
        (VILLAGE, 60 * 6 + 30, "外出务工人员花名册 一组 四组"),
    ]
    notice, chase = _outcomes(database, posts)
    assert chase.cluster_id == notice.cluster_id and chase.kind != Kind.CHATTER.value
    assert chase.due_at == notice.due_at  # it names no time: it asks by the notice's
    assert chase.urgent  # half an hour before that due


def test_a_roll_call_chases_the_request_of_its_group_due_next(database: Database) -> None:
    posts = [
        (VILLAGE, 0, "各组长：医保缴费还有不少户没交，12月底截止，大家多打电话。"),
        (VILLAGE, 30, "各组长：镇里要外出务工人员花名册，今天下午5点前发我，过年回不回来也标上。"),
        (VILLAGE, 60 * 6 + 30, "三组？五组？"),
        (OTHER, 60 * 6 + 31, "二组？"),  # where nothing is open it chases nothing
    ]
    rolls = frozenset({"三组？五组？", "二组？"})
    levy, roster, roll, elsewhere = _outcomes(database, posts, kept=rolls)
    assert roll.cluster_id == roster.cluster_id != levy.cluster_id
    assert roll.due_at == roster.due_at and roll.urgent  # half an hour before that due
    assert elsewhere.cluster_id != roster.cluster_id and elsewhere.due_at is None


def test_a_chase_takes_the_kind_of_the_request_it_chases(database: Database) -> None:
    task = "各组长：今天把自己组的独居老人挨家走访一遍，电热毯、煤炉都瞅瞅，下午5点前看完。"
    posts = [(VILLAGE, 0, task), (VILLAGE, 60 * 6 + 30, "三组？五组？")]
    notice, roll = _outcomes(database, posts, kept=frozenset({"三组？五组？"}))
    assert notice.kind == Kind.TASK.value  # the keyword kinds read 走访 as a task
    assert roll.cluster_id == notice.cluster_id
    assert roll.kind == notice.kind  # read as a report, it chases a task


def test_a_roll_call_taken_for_chatter_still_joins_as_a_follow_up(database: Database) -> None:
    roster = "各组长：镇里要外出务工人员花名册，今天下午5点前发我，过年回不回来也标上。"
    posts = [(VILLAGE, 0, roster), (VILLAGE, 60 * 6 + 30, "红崖 下坝")]
    notice, roll = _clusters(database, posts, frozenset({"红崖 下坝"}))
    assert roll == notice
