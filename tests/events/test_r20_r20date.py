"""Event dates in constructions of wire copy (time/report_periods, time/offset_clause,
time/handlers_clock, time/event_time). Texts written for these tests; `published` is
Thursday 2026-05-14."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 5, 14))).events


def _days(events, plover=None):
    return sorted((e.time.start, e.time.end) for e in events
                  if plover is None or e.type.plover == plover)


def _day(y, m, d):
    return (date(y, m, d), date(y, m, d))


@pytest.mark.parametrize("text, value", [
    ("Bandits raided a village near Gusau at 2300 local time on Monday, killing nine people.",
     "2026-05-11T23:00"),
    ("Insurgents stormed an army outpost at 0545 local time (0445 GMT) on Tuesday.",
     "2026-05-12T05:45"),
])
def test_a_wire_clock_time_with_local_time_takes_the_day_after_it(text, value):
    from wirecoder.time import tag_timexes
    assert value in [t.value for t in tag_timexes(text, date(2026, 5, 14))]


@pytest.mark.parametrize("text, day", [
    ("Fishermen clashed with coast guards off Kilwa on May 2. A week later, officers detained "
     "11 fishermen in the port, officials said.", _day(2026, 5, 9)),
    ("Masked men kidnapped a lawyer in Kisumu two weeks ago, his family said on Thursday.",
     _day(2026, 4, 30)),
    ("Militiamen abducted a village chief near Bunia three weeks ago, a local official said.",
     _day(2026, 4, 23)),
])
def test_weeks_counted_from_a_day_give_a_day(run, text, day):
    assert day in _days(run(text))


@pytest.mark.parametrize("text", [
    "Police have arrested 35 people in Mombasa over the past week, the interior ministry said.",
    "Soldiers detained at least 18 herders near Agadez in the past week, a rights group said "
    "on Thursday.",
])
def test_the_past_week_is_the_seven_days_up_to_the_report(run, text):
    assert (date(2026, 5, 7), date(2026, 5, 14)) in _days(run(text), "COERCE")


def test_this_week_ends_on_the_report_day_for_a_done_act(run):
    events = run("Customs officers have detained 12 traders at the Busia border this week, a "
                 "trade union said on Thursday.")
    assert (date(2026, 5, 11), date(2026, 5, 14)) in _days(events, "COERCE")


@pytest.mark.parametrize("text", [
    "Rebels shelled the town of Kamanyola on Saturday night into Sunday, killing two children, "
    "a local official said.",
    "Gunmen attacked a police post near Tahoua on Saturday evening into Sunday, killing three "
    "officers.",
])
def test_a_night_into_the_next_day_is_two_days(run, text):
    assert (date(2026, 5, 9), date(2026, 5, 10)) in _days(run(text), "ASSAULT")


@pytest.mark.parametrize("text, day", [
    ("LILONGWE, May 14 (Reuters) - Malawians voted in a presidential election on Tuesday. "
     "Police fired tear gas at opposition supporters in Blantyre a day after the vote, "
     "witnesses said.", _day(2026, 5, 13)),
    ("A truce between the two clans came into force on Friday. Gunmen ambushed a bus near "
     "Galkayo two days after the truce began, killing six passengers, elders said.",
     _day(2026, 5, 10)),
])
def test_a_measure_after_an_event_dated_in_an_earlier_sentence(run, text, day):
    assert day in _days(run(text), "ASSAULT")


def test_the_eve_of_a_named_day_is_the_day_before(run):
    events = run("HARARE, May 14 (AFP) - Police detained 20 opposition activists in Harare on "
                 "the eve of Sunday's referendum, their lawyers said on Thursday.")
    assert _day(2026, 5, 9) in _days(events, "COERCE")


@pytest.mark.parametrize("text, first", [
    ("KITWE, Zambia, May 14 (Reuters) - Gunmen shot dead a mine manager in Kitwe on Monday. "
     "Police have arrested two suspects, a police spokeswoman said on Thursday.",
     date(2026, 5, 11)),
    ("KASESE, Uganda, May 14 (AFP) - Armed men attacked a school in Kasese on Tuesday, "
     "killing a teacher. Police said they had detained four men over the killing.",
     date(2026, 5, 12)),
])
def test_an_arrest_in_the_perfect_runs_from_the_main_event_to_the_report(run, text, first):
    assert (first, date(2026, 5, 14)) in _days(run(text), "COERCE")


@pytest.mark.parametrize("text", [
    "Fighting has displaced 5,000 people since April. Later in the day, rebels shelled Pinga.",
    "The blockade has lasted since March. Later in the day, militiamen burned a clinic.",
])
def test_later_in_the_day_after_a_month_is_no_day_of_it(text):
    from wirecoder.time import tag_timexes
    values = [t.value for t in tag_timexes(text, date(2026, 5, 14)) if t.span.text == "the day"]
    assert values and values[0].endswith("-XX")


@pytest.mark.parametrize("text, first", [
    ("Security forces in Guinea have detained 45 people since the weekend, a rights group "
     "said on Thursday.", date(2026, 5, 9)),
    ("Police in Lusaka have arrested 30 traders since last week, a market association said.",
     date(2026, 5, 4)),
])
def test_since_a_recent_week_runs_to_the_report(run, text, first):
    assert (first, date(2026, 5, 14)) in _days(run(text), "COERCE")


@pytest.mark.parametrize("text, span", [
    ("Bandits abducted 15 women collecting firewood near Gwoza in the first week of May, "
     "community leaders said.", (date(2026, 5, 1), date(2026, 5, 7))),
    ("Rebels killed 11 villagers near Beni in the last week of April, a civil society group "
     "said.", (date(2026, 4, 24), date(2026, 4, 30))),
])
def test_an_ordinal_week_of_a_month_is_those_seven_days(run, text, span):
    assert span in _days(run(text), "ASSAULT")


def test_later_in_the_day_after_a_month_is_the_last_day_told():
    from wirecoder.time import tag_timexes
    text = ("A court in Maseru convicted six activists on Tuesday. They had been held since "
            "their arrest in June 2024. The six were freed on bail later in the day, a lawyer "
            "said.")
    values = [t.value for t in tag_timexes(text, date(2026, 5, 14)) if t.span.text == "the day"]
    assert values == ["2026-05-12"]
