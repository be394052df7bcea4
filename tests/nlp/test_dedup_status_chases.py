"""Same-group copies that share no word of weight with their notice: a status
chase that calls the request by a nickname or names only who is behind joins the
one request its group has open by the moment it names; one that names another
object, a template's sibling for another clinic and a worker's own answer do not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.dedup import ClusterIndex, DedupItem, chases
from nlp.dedup._own import names_other
from tests.helpers.dedup import placed_one_by_one as _placed
from tests.helpers.dedup import understood_item

NZ = timezone(timedelta(hours=13))
MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=NZ)  # the requests ask by Friday the 6th

STATS = (
    "Hi all, October branch statistics (door counts, loans, programme attendance, PC "
    "bookings) are due in the shared spreadsheet by Friday please."
)
# Thursday afternoon: "Oct numbers" for the statistics, and the branches behind
NICKNAMED = "Oct numbers: have Bundy and Mobile, still need Childers and Gin Gin by tomorrow please"
BEHIND = "Still waiting on Riverside and Kenwood, tomorrow is the deadline please"
TRAVEL = "Please send the winter travel plans of your foreign teachers by Friday."
OTHER_FORM = (
    "Still missing the volunteer availability sheet for December from Riverside and "
    "Kenwood, please send by tomorrow"
)


def _item(key: int, text: str, hours: float, group: int = 1) -> DedupItem:
    return understood_item(key, text, MONDAY + timedelta(hours=hours), group)


def test_the_nicknamed_chase_shares_no_word_of_weight_with_its_request() -> None:
    score = ClusterIndex().explain(_item(1, STATS, 0), _item(2, NICKNAMED, 79))
    assert not score.merge


def test_a_status_chase_by_a_nickname_joins_the_one_request_open_by_then() -> None:
    request, chase = _placed(_item(1, STATS, 0), _item(2, NICKNAMED, 79))
    assert chase == request


def test_a_status_chase_naming_only_who_is_behind_joins_it() -> None:
    request, chase = _placed(_item(1, STATS, 0), _item(2, BEHIND, 79))
    assert chase == request


def test_the_chase_stays_apart_from_a_request_of_another_group() -> None:
    request, chase = _placed(_item(1, STATS, 0, group=1), _item(2, NICKNAMED, 79, group=2))
    assert chase != request


def test_a_chase_naming_another_form_stays_apart_though_the_day_agrees() -> None:
    request, chase = _placed(_item(1, TRAVEL, 0), _item(2, OTHER_FORM, 79))
    assert chase != request


def test_names_and_owed_things_are_no_object_of_their_own() -> None:
    index = ClusterIndex()
    stats = index._view(_item(1, STATS, 0))[0]
    travel = index._view(_item(1, TRAVEL, 0))[0]
    assert not names_other(index._view(_item(2, NICKNAMED, 79))[0], NICKNAMED, stats)
    assert names_other(index._view(_item(2, OTHER_FORM, 79))[0], OTHER_FORM, travel)


def test_another_clinics_return_by_the_same_template_stays_apart() -> None:
    linford = (
        "Linford Clinic: your Q3 prescribing data return (antibiotics and opioids tabs) is "
        "outstanding. Please submit by 5pm Tuesday 15 Dec"
    )
    quarry = linford.replace("Linford", "Quarry Hill")
    first, second = _placed(_item(1, linford, 0), _item(2, quarry, 0.02))
    assert first != second


def test_a_worker_answering_for_their_own_part_joins_nothing() -> None:
    answer = "I got 2 left still, they never pick up. Will try again by tomorrow"
    request, reply = _placed(_item(1, STATS, 0), _item(2, answer, 79))
    assert reply != request


CST = timezone(timedelta(hours=8))
EVENING = datetime(2026, 12, 8, 16, 40, tzinfo=CST)
MEETING = "明天上午九点，县局三楼会议室召开冬季取暖安全专题会，各学区主任参加"
# the next morning at 8:00, told again as news: understanding gives it no due
AGAIN = "九点的会照常开，路上结冰了，乡下过来的慢点"


def _told(key: int, text: str, hours: float, due: bool = False) -> DedupItem:
    """A message understood with no due of its own unless ``due``."""
    item = understood_item(key, text, EVENING + timedelta(hours=hours), 1)
    return item if due else DedupItem(key, text, item.sent_at, None, 1)


def test_a_short_restatement_naming_the_meetings_hour_joins_it() -> None:
    meeting, again = _placed(_told(1, MEETING, 0, due=True), _told(2, AGAIN, 15.33))
    assert again == meeting


def test_the_restatement_stays_apart_from_a_meeting_at_another_hour() -> None:
    other = MEETING.replace("九点", "十点")
    meeting, again = _placed(_told(1, other, 0, due=True), _told(2, AGAIN, 15.33))
    assert again != meeting


def test_a_reply_about_its_own_plans_at_that_hour_joins_nothing() -> None:
    reply = "我九点有台手术，赶不上，你们讲完把课件发我"
    meeting, answer = _placed(_told(1, MEETING, 0, due=True), _told(2, reply, 15.33))
    assert answer != meeting


def test_taken_for_chatter_a_promise_by_that_hour_joins_nothing() -> None:
    index = ClusterIndex()
    index.place_batch([_told(1, MEETING, 0, due=True)])
    promise = _told(2, "在弄了，九点前给", 15.33)
    assert index.place_batch([promise], joining={2}, bare={2}) == [None]


MONDAY_CST = datetime(2026, 12, 7, 9, 0, tzinfo=CST)
SCREENING = "周四上午八点半乡卫生院做妇女健康筛查，报了名的注意，村里的车七点五十在村委门口等"
# Thursday 7:10, by the other of its times: the car leaves at 7:50
CAR = "车七点五十 村委门口 还有3个人没到"


def _on(key: int, text: str, hours: float) -> DedupItem:
    return understood_item(key, text, MONDAY_CST + timedelta(hours=hours), 1)


def test_a_copy_asking_by_another_time_its_notice_names_joins_it() -> None:
    score = ClusterIndex().explain(_on(1, SCREENING, 0), _on(2, CAR, 70.17))
    assert score.conflict != "due times differ"
    screening, car = _placed(_on(1, SCREENING, 0), _on(2, CAR, 70.17))
    assert car == screening


def test_next_weeks_screening_names_neither_time() -> None:
    next_week = SCREENING.replace("周四", "下周四")
    screening, car = _placed(_on(1, next_week, 0), _on(2, CAR, 70.17))
    assert car != screening


def test_a_time_named_once_it_has_passed_is_a_new_one() -> None:
    notice = "签收表今天中午12点前交到村部，下午2点镇里来核"
    late = "已经过了十二点，四组的还没交，下午2点前必须送到村部"
    first = understood_item(1, notice, EVENING.replace(hour=8), 1)
    second = understood_item(2, late, EVENING.replace(hour=12, minute=20), 1)
    assert ClusterIndex().explain(first, second).conflict == "due times differ"


def test_a_status_chase_naming_no_moment_joins_the_one_request_open() -> None:
    chase = "Thanks, I have Karori and Tawa. Still need Newtown"
    request, joined = _placed(_item(1, STATS, 0), _item(2, chase, 79))
    assert joined == request


def test_with_two_requests_open_a_chase_naming_no_moment_joins_neither() -> None:
    chase = "Thanks, I have Karori and Tawa. Still need Newtown"
    stats, travel, joined = _placed(_item(1, STATS, 0), _item(2, TRAVEL, 1), _item(3, chase, 79))
    assert joined not in (stats, travel)


def test_the_unit_still_behind_asked_after_is_a_chase() -> None:
    assert chases("低保材料 一组的收到了 四组呢")
    assert chases("台账明天截止 二组五组还冇报")  # 冇: 没 in the speech of Hunan and Guangdong
    assert not chases("你呢")
    assert chases("Dee – timesheet, 1h40 left. Payroll just emailed me your name.")


def test_the_unit_asked_after_joins_the_request_of_its_group() -> None:
    request = "还有低保年审 这礼拜把一组四组没交的材料收齐给我"
    chase = "低保材料 一组的收到了 四组呢"
    first = understood_item(1, request, EVENING, 1)
    second = understood_item(2, chase, EVENING + timedelta(hours=17), 1)
    asked, chased = _placed(first, second)
    assert chased == asked


def test_a_countdown_chase_longer_than_a_roll_call_finds_its_request() -> None:
    request = (
        "Van drivers (Dee, Raj): November mileage logs to fleet by Weds noon or your fuel "
        "card gets stopped. No excuses this time"
    )
    chase = "Dee – mileage log, 1h40 left. Fleet have just emailed me your name again."
    first = understood_item(1, request, MONDAY, 1)
    second = DedupItem(2, chase, MONDAY + timedelta(hours=49, minutes=20), None, 1)
    asked, chased = _placed(first, second)
    assert chased == asked
