"""Round 25 (r25date): a deployment announced as done on a dated saying is that day's news.
Sentences written for these tests (places and names not taken from any gold set)."""

from datetime import date

from wirecoder.evaluate.events import _document, run_pipeline


def _days(text: str, word: str, published: str) -> list[tuple]:
    events = run_pipeline(_document({"text": text, "published": published})).events
    found = [(e.time.start, e.time.end) for e in events
             if e.trigger is not None and word in e.trigger.text]
    assert found, [(e.trigger.text if e.trigger else None, e.time.start) for e in events]
    return found


def test_troops_said_on_a_day_to_have_been_deployed_are_dated_to_the_saying():
    text = ("JUBA, Jan 22 (Reuters) - Fighting between two militias killed 14 people in Jonglei "
            "on Monday. The army said on Wednesday that it had deployed two battalions to the "
            "area.")
    assert _days(text, "deployed", "2026-01-22") == [(date(2026, 1, 21), date(2026, 1, 21))]


def test_the_day_of_a_saying_told_in_an_address_dates_the_deployment():
    text = ("TEGUCIGALPA, Sept 18 (AP) - Gangs burned a bus in San Pedro Sula on Tuesday, "
            "killing three. The security minister said in a televised address on Wednesday that "
            "500 soldiers had been sent to the city.")
    assert _days(text, "sent", "2026-09-18") == [(date(2026, 9, 16), date(2026, 9, 16))]


def test_arrests_told_the_same_way_still_run_from_the_main_event():
    text = ("HARARE, May 7 (Reuters) - Protesters clashed with police in Bulawayo on Monday. "
            "Police said on Wednesday that 60 people had been detained.")
    assert _days(text, "detained", "2026-05-07") == [(date(2026, 5, 4), date(2026, 5, 6))]


# ------------- "said on Thursday that ... outsiders were trying to exploit them, and promised
# deliveries": the promise is the speaker's, made when the saying was
def test_a_promise_joined_after_a_reported_progressive_takes_the_sayings_day():
    text = ("BEIRUT, Oct 9 (Reuters) - The governor said on Thursday that residents were angry "
            "but that outsiders were trying to exploit them, and promised new water deliveries "
            "within days.")
    assert _days(text, "promised", "2026-10-09") == [(date(2026, 10, 8), date(2026, 10, 8))]
