"""Call-outs as a nurse, a caretaker or an IT manager types them in English: urgent;
the same words about a plan, a past event or a training: not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.urgency import is_urgent

TZ = timezone(timedelta(hours=0))
SENT = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text",
    [
        "CODE BLUE Bay 3 bed 15, pt unresponsive no pulse, CPR started. Need more hands",
        "Code Blue Ward 7B Bay 3 bed 15, code team activated, I'm going up",
        "Missing resident protocol started – Mr P, Bluebell rm 4, navy cardigan",
        "Heating down across Beckett House, all 40 flats. Boiler panel flashing E4",
        "SIS and board email are down for every school since 8:05",
        "Update 9am: 46 families at the school, river 3.4m and still rising",
        "ED is at gridlock. Each unit call me back within the hour with 2 discharges",
    ],
)
def test_a_call_out_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "CPR refresher training for all HCAs, Tue 24 Nov in the education centre",
        "Reminder the boiler service is booked for next month, heating will be off that day",
        "The server migration is planned for the weekend of the 28th",
        "Phones are down 1 till 2 today for the system update, use the practice mobile",
        "Group 2 at 3.15, wear something you can kneel in, there's CPR on the dummies",
        "Thanks all, the missing resident drill went well, debrief notes attached",
        "Please send your rota requests when you can, no rush",
        "Cadent called, engineer within the hour",
    ],
)
def test_the_same_words_as_a_topic_are_not(text: str) -> None:
    assert not is_urgent(text, SENT, None)
