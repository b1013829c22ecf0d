"""event_time: the time attached to a trigger, by syntax or discourse, or an honest 'unknown'."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wirecoder.records import Analysis, Anchor, Document, Span
from wirecoder.time import event_time, tag_timexes

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "article.txt"
ANCHOR = Anchor(date(2025, 11, 30), "weekday+date in text")


def _analysis(text: str, doc: object = None) -> Analysis:
    document = Document(id="d1", text=text)
    a = Analysis(document=document, doc=doc, anchor=ANCHOR)
    a.timexes = tag_timexes(text, ANCHOR.date, doc=doc, document_id="d1")
    return a


def _trigger(a: Analysis, word: str, after: int = 0) -> tuple[Span, Span]:
    text = a.document.text
    start = text.index(word, after)
    s0 = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    e0 = text.find(". ", start)
    e0 = len(text) if e0 < 0 else e0 + 1
    return a.document.span(start, start + len(word)), a.document.span(s0, e0)


def test_range_is_an_interval_with_day_precision() -> None:
    a = _analysis("Forces launched a joint operation from November 24th to 27th.")
    trig, sent = _trigger(a, "launched")
    ts = event_time(a, trig, sent)
    assert (ts.start, ts.end, ts.precision) == (date(2025, 11, 24), date(2025, 11, 27), "day")
    assert ts.text == "November 24th to 27th"
    assert ts.anchor == ANCHOR.describe()


def test_month_and_year_precision() -> None:
    a = _analysis("The group was removed from the blacklist earlier this year.")
    ts = event_time(a, *_trigger(a, "removed"))
    assert ts.precision == "year" and ts.start == date(2025, 1, 1)


def test_duration_is_not_the_event_date() -> None:
    a = _analysis("Treasury extended the suspension of sanctions for 180 days.")
    ts = event_time(a, *_trigger(a, "extended"))
    assert ts.precision == "unknown" and ts.start is None and ts.end is None
    assert ts.fallback and "2025-11-30" in ts.fallback


def test_no_evidence_is_unknown_never_the_publication_date() -> None:
    a = _analysis("Rebels attacked a checkpoint near the border.")
    ts = event_time(a, *_trigger(a, "attacked"))
    assert ts.precision == "unknown"
    assert ts.start is None and ts.end is None
    assert ts.fallback is not None


def test_overnight_is_the_night_before_the_report() -> None:
    a = _analysis("Drones struck a fuel depot overnight, the ministry said.")
    ts = event_time(a, *_trigger(a, "struck"))
    assert (ts.start, ts.end) == (date(2025, 11, 29), date(2025, 11, 30))
    assert ts.text == "overnight"
    # with no date in the document, the night is no one's: no time
    b = _analysis("Drones struck a fuel depot overnight, the ministry said.")
    b.anchor = Anchor(date(2025, 11, 30), "today (no date in text)")
    assert event_time(b, *_trigger(b, "struck")).start is None


def test_during_the_talks_takes_the_date_of_the_meeting() -> None:
    text = ("President Trump met President al-Sharaa on November 10th in Washington. "
            "The Treasury announced the suspension of sanctions for 180 days during the talks.")
    a = _analysis(text)
    ts = event_time(a, *_trigger(a, "announced"))
    assert ts.start == date(2025, 11, 10) and ts.precision == "day"
    assert any(e.text == "November 10th" for e in ts.evidence)


def test_on_the_same_day_is_the_date_in_focus() -> None:
    text = ("President Trump met President al-Sharaa on November 10th in Washington. "
            "On the same day, Syria signed documents to join the coalition.")
    a = _analysis(text)
    ts = event_time(a, *_trigger(a, "signed"))
    assert ts.start == date(2025, 11, 10) and ts.text == "the same day"


def test_evidence_spans_match_the_text() -> None:
    a = _analysis("Forces launched a joint operation from November 24th to 27th.")
    ts = event_time(a, *_trigger(a, "launched"))
    assert ts is not None and ts.evidence
    for e in ts.evidence:
        assert a.document.text[e.start:e.end] == e.text


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article_with_parse() -> None:
    from wirecoder.language import load_nlp

    text = SEED.read_text(encoding="utf-8")
    a = _analysis(text, doc=load_nlp()(text))
    announced = event_time(a, *_trigger(a, "announced"))
    assert announced.start == date(2025, 11, 30)
    launched = event_time(a, *_trigger(a, "launched"))
    assert (launched.start, launched.end) == (date(2025, 11, 24), date(2025, 11, 27))
    met = event_time(a, *_trigger(a, "met with"))
    assert met.start == date(2025, 11, 10)
    lost = event_time(a, *_trigger(a, "lost its final"))
    assert lost.precision == "year" and lost.start == date(2019, 1, 1)
    # "previously designated ... in 2018" belongs to the relative clause, not to "removed"
    removed = event_time(a, *_trigger(a, "removed"))
    assert removed.start == date(2025, 1, 1) and removed.text == "earlier this year"
    designated = event_time(a, *_trigger(a, "designated"))
    assert designated.start == date(2018, 1, 1)


def test_three_months_after_a_date() -> None:
    a = _analysis("The truce collapsed three months after March 2024, officials said.")
    ts = event_time(a, *_trigger(a, "collapsed"))
    assert (ts.start, ts.end, ts.precision) == (date(2024, 6, 1), date(2024, 6, 30), "month")


def test_two_days_later_counts_from_the_date_in_focus() -> None:
    text = "Rebels seized the town on November 10th. Two days later, the army retook it."
    a = _analysis(text)
    ts = event_time(a, *_trigger(a, "retook"))
    assert (ts.start, ts.precision) == (date(2025, 11, 12), "day")


def test_before_the_visit_is_only_a_bound_named_in_the_fallback() -> None:
    text = ("President Trump met President al-Sharaa on November 10th in Washington. "
            "Prior to Sharaa's visit, Syria had carried out clearance operations.")
    a = _analysis(text)
    ts = event_time(a, *_trigger(a, "carried"))
    assert ts.precision == "unknown" and ts.start is None
    assert ts.fallback is not None and "before 2025-11-10" in ts.fallback


def test_a_dateline_date_yields_to_the_date_told_in_the_sentence() -> None:
    text = ("KANDAHAR, Afghanistan (November 30) - Afghan troops killed two insurgents in a "
            "raid near the border yesterday.")
    a = _analysis(text)
    ts = event_time(a, *_trigger(a, "killed"))
    assert (ts.start, ts.precision, ts.text) == (date(2025, 11, 29), "day", "yesterday")
    # with no other date, the dateline still dates the report's event
    text2 = "KANDAHAR, Afghanistan (November 30) - Afghan troops killed two insurgents in a raid."
    a2 = _analysis(text2)
    ts2 = event_time(a2, *_trigger(a2, "killed"))
    assert ts2.start == date(2025, 11, 30) and ts2.text == "November 30"


def test_a_dateline_on_its_own_line_dates_the_first_sentence_below() -> None:
    from wirecoder.language import parse

    text = ("Operational update\n\nKABUL, Afghanistan (March 20, 2011) \u2028Afghan forces "
            "detained two insurgents in Baghlan province.")
    a = _analysis(text, doc=parse(text))
    trig = a.document.span(text.index("detained"), text.index("detained") + 8)
    sent = next(s for s in a.doc.sents if s.start_char <= trig.start < s.end_char)
    ts = event_time(a, trig, a.document.span(sent.start_char, sent.end_char))
    assert ts.start == date(2011, 3, 20) and ts.text == "March 20, 2011"


def test_a_sentence_with_no_date_goes_on_in_the_day_of_the_sentences_before() -> None:
    from wirecoder.language import parse

    text = ("During a patrol on Tuesday in Zabul province, soldiers saw two armed men. "
            "The men ran into a compound. The soldiers later detained both men.\n\n"
            "----\n\nA second release. The police detained a driver.")
    a = _analysis(text, doc=parse(text))

    from wirecoder.time import day_told_before

    def time_of(word: str):
        i = text.index(word)
        sent = next(s for s in a.doc.sents if s.start_char <= i < s.end_char)
        return day_told_before(a, a.document.span(sent.start_char, sent.end_char))

    # the sentence itself gives no date: the event stage asks for the day told before
    told = time_of("detained both")
    assert told is not None and told.start == date(2025, 11, 25)
    assert told.evidence[0].text == "Tuesday" and "sentences before" in (told.fallback or "")
    assert time_of("detained a driver") is None  # another story below the rule
