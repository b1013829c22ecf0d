"""Code mends of round 22 (r22tidy): moved and shared pieces, and the one lemma fix. Each
test checks what the piece does on a text written for it; `published` is Tuesday
2026-03-10."""

from datetime import date

import pytest

from wirecoder.events.lexicon import lemma
from wirecoder.language import load_nlp
from wirecoder.pipeline import Pipeline
from wirecoder.records import Document
from wirecoder.time.calendar import real_date


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 10))).events


# --- events/lexicon.VERB_LEMMA_FIXES: spaCy reads "raged" as a form of "rag" --------------

def test_raged_and_raging_are_forms_of_rage():
    nlp = load_nlp()
    for text in ("Fighting raged on through the night.", "Clashes were raging near the dam."):
        tok = next(t for t in nlp(text) if t.lower_.startswith("rag"))
        assert lemma(tok) == "rage"


def test_the_sides_of_fighting_that_raged_between_them(run):
    # a fight's "between" phrase names its sides when the fight "raged", as when it "erupted"
    events = run("Fighting raged between the army and Islamist rebels near the town of Kidal "
                 "on Sunday, officials said.")
    fight = next(e for e in events if e.type.plover == "ASSAULT")
    sides = {p.name for p in (*fight.actors, *fight.targets)}
    assert len(sides) == 2 and any("rebel" in s.lower() for s in sides)
    assert fight.time.start == date(2026, 3, 8)


# --- time/calendar.real_date (moved from time/anchor) -------------------------------------

def test_real_date_is_none_for_a_day_the_month_lacks():
    assert real_date(2026, 2, 30) is None
    assert real_date(2024, 2, 29) == date(2024, 2, 29)


def test_a_written_date_the_calendar_lacks_dates_nothing(run):
    # "31 April" is no day: the attack is dated by the day the sentence names besides it
    events = run("Gunmen attacked a checkpoint in Gao on Monday, a spokesman said in a "
                 "statement dated 31 April.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert attack.time.start == date(2026, 3, 9)


# --- events/casualty_followup.figures_put_at: one loop for the toll and the wounded ------

def test_a_toll_and_the_wounded_put_at_a_figure_in_later_sentences(run):
    # (a later toll is read for an attack that counts its dead already)
    events = run("Gunmen attacked a market in Maiduguri on Monday, killing nine people. "
                 "Residents put the death toll at 14. A health official put the number of "
                 "injured at 31.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert 14 in {q.value for q in attack.quantities if q.kind == "killed"}
    assert {q.value for q in attack.quantities if q.kind == "injured"} == {31}
