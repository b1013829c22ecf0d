"""Round 16 (r16bg): background events the article recalls, marked historical and dated.
Sentences written for these tests."""

from datetime import date

from .conftest import pipeline_events

LEAD = "Gunmen killed six farmers near Tarvo on Sunday, police said. "


def _by_trigger(events, text, word):
    hits = [e for e in events if e.trigger is not None
            and e.trigger.start >= len(LEAD)
            and text[e.trigger.start:e.trigger.end].startswith(word)]
    assert hits, (word, [(e.type.plover, e.trigger) for e in events])
    return hits[0]


# -------------------------------- what a recalled event's own clauses tell is history too
def test_a_clause_telling_more_of_a_recalled_event_is_history():
    for tail in (
            "The army moved into the hills in March 2019, weeks after car bombings in Lusaka "
            "that killed nine people, which prosecutors blamed on the cartel.",
            "Troops were sent to the coast in 2017, a month after a raid on a ferry that "
            "killed eleven passengers, which officials blamed on pirates."):
        text = LEAD + tail
        tail_events = [e for e in pipeline_events(text, "2026-04-14")
                       if e.trigger is not None and e.trigger.start >= len(LEAD)]
        assert any(e.type.plover == "ACCUSE" for e in tail_events), tail_events
        for e in tail_events:
            assert e.modality == "historical", (tail, e.type.plover, e.modality)
            assert e.time.end is not None and e.time.end < date(2025, 1, 1), (tail, e.time)


# ---------------------------------------------------- "since DATE, when X happened"
def test_an_event_in_a_when_clause_of_a_date_takes_that_date():
    for tail, word, month in (
            ("The country has been run by a junta since August 2025, when a group of "
             "colonels seized power.", "seized", (2025, 8)),
            ("The road has stayed closed since November 2025, when rebels attacked the "
             "bridge at Kanu.", "attacked", (2025, 11))):
        text = LEAD + tail
        ev = _by_trigger(pipeline_events(text, "2026-04-14"), text, word)
        assert ev.time is not None and ev.time.start is not None and (
            ev.time.start.year, ev.time.start.month) == month, (tail, ev.time)


# ------------------ an act told in a when clause of a date is not the lead event it resembles
def test_an_act_in_a_when_clause_of_a_date_is_not_merged_into_the_news():
    text = LEAD + ("The road has stayed closed since November 2025, when rebels attacked the "
                   "bridge at Kanu.")
    assaults = [e for e in pipeline_events(text, "2026-04-14") if e.type.plover == "ASSAULT"]
    assert len(assaults) == 2, [(e.time, e.evidence) for e in assaults]
    assert len(assaults[0].evidence) == 1, assaults[0].evidence


# --------------------------- a month or a year a season or more back: recalled, not news
def test_an_act_dated_to_a_month_a_season_back_is_history():
    for tail in ("In October 2025 an army unit seized power in the capital.",
                 "Rebels abducted a pilot in the highlands in January."):
        text = LEAD + tail
        tail_events = [e for e in pipeline_events(text, "2026-07-14")
                       if e.trigger is not None and e.trigger.start >= len(LEAD)]
        assert tail_events and all(e.modality == "historical" for e in tail_events), [
            (e.type.plover, e.modality, e.time) for e in tail_events]


def test_a_date_that_opens_a_state_does_not_make_the_news_history():
    text = ("Niger and Benin agreed on Monday to reopen their border. Benin's foreign minister "
            "hailed the deal and said his government would ask Niger to free two officers held "
            "in Niamey since February.")
    events = pipeline_events(text, "2026-10-06")
    assert all(e.modality != "historical" for e in events if e.type.plover in (
        "AGREE", "SUPPORT")), [(e.type.plover, e.modality, e.time) for e in events]


def test_without_a_publication_date_a_months_old_act_stays_news():
    from wirecoder.evaluate.events import _document, run_pipeline

    text = ("Rebels attacked a police post in Sorel in January 2026, killing three officers. "
            "The group was banned by the interior ministry on 30 June 2026.")
    events = run_pipeline(_document({"text": text})).events
    attack = [e for e in events if e.type.plover == "ASSAULT"]
    assert attack and attack[0].modality == "asserted", [
        (e.type.plover, e.modality, e.time) for e in events]
