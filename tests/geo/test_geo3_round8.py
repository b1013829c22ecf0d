"""Round 8: `not_the_place` reads coordinated names and plural place nouns as places, takes
"from X" as an origin only for what moves, and the events stage asks it with the sentence's
toponyms as `choose_toponym` does. Real gazetteer, spaCy parse; sentences written for these
tests."""

from __future__ import annotations

from wirecoder.events.detect import Trigger
from wirecoder.events.lexicon import load_lexicon
from wirecoder.events.doc_context import DocContext
from wirecoder.geo import find_toponyms
from wirecoder.geo.event_location import choose_toponym
from wirecoder.geo.not_the_place import not_the_place
from wirecoder.geo.place_parse import noun_in
from wirecoder.records import Analysis, Document, Place, Span, Toponym


def _reasons(text, trigger, nlp, gaz):
    """{toponym text: not_the_place's reason} for the event at the first `trigger`."""
    doc = nlp(text)
    tops = find_toponyms(text, doc, gazetteer=gaz, document_id="t")
    i = text.index(trigger)
    trig = [t for t in doc if t.idx == i][0]
    return {t.span.text: not_the_place(doc, t, trig, tops, gaz) for t in tops}


# ------------------------------------------------ coordinated names, plural place nouns
def test_second_of_two_names_before_a_plural_place_noun_is_a_place(nlp, gaz):
    r = _reasons("Insurgents attacked two police posts in Zabul and Kandahar provinces on "
                 "Tuesday.", "attacked", nlp, gaz)
    assert r["Zabul"] is None
    assert r["Kandahar"] is None  # was "modifies a noun" (the conjunct "Zabul")


def test_names_after_a_capitalised_plural_place_noun_are_places(nlp, gaz):
    r = _reasons("Gunmen ambushed a convoy in the southern Provinces of Helmand and Kandahar "
                 "last week.", "ambushed", nlp, gaz)
    assert r["Helmand"] is None and r["Kandahar"] is None
    r = _reasons("Coalition forces detained three suspects in the Nad Ali and Marjah "
                 "Districts of Helmand.", "detained", nlp, gaz)
    assert r["Helmand"] is None


def test_plural_and_capitalised_place_nouns(nlp):
    doc = nlp("Police closed the Provinces and Districts and the counties and the Paris "
              "press.")
    words = {t.text: t for t in doc}
    nouns = frozenset(("province", "district", "county"))
    assert noun_in(words["Provinces"], nouns) and noun_in(words["Districts"], nouns)
    assert noun_in(words["counties"], nouns)
    assert not noun_in(words["Paris"], nouns) and not noun_in(words["press"], nouns)


def test_a_name_coordinated_with_a_doer_is_a_doer(nlp, gaz):
    r = _reasons("The Taliban and Pakistan signed the accord in Doha.", "signed", nlp, gaz)
    assert r["Pakistan"] is not None
    assert r["Doha"] is None


# ------------------------------------------------ "from X": the origin of what moves
def test_from_on_a_verb_that_moves_nothing_is_the_place(nlp, gaz):
    assert _reasons("Gunmen abducted him from Kunduz on Friday.", "abducted", nlp,
                    gaz)["Kunduz"] is None  # was "origin"
    # (a basin is a place noun, like a valley: "the Magdalena basin" passes the name on)
    r = _reasons("Guerrillas attacked an oil well yesterday from the Magdalena basin, in "
                 "Colombia.", "attacked", nlp, gaz)
    assert r["Magdalena"] is None and r["Colombia"] is None


def test_from_of_what_moves_is_an_origin(nlp, gaz):
    assert _reasons("The family fled from Kunduz after the attack.", "fled", nlp,
                    gaz)["Kunduz"] == "origin"
    r = _reasons("Six soldiers were killed in an ambush on a patrol from the Putumayo basin, "
                 "in Colombia.", "killed", nlp, gaz)
    assert r["Putumayo"] == "origin" and r["Colombia"] is None
    # a participle with a determiner is people, not a verb: "the displaced from X"
    assert _reasons("Rebels ambushed the displaced from Kunduz near the border.", "ambushed",
                    nlp, gaz)["Kunduz"] == "origin"


# ------------------------------------------------ the events stage's fallback
def test_stage_fallback_applies_choose_toponyms_possessor_rule(nlp):
    # "Zabulia's Zembla": a possessor that owns a place of the sentence (a name no gazetteer
    # knows) is a coarser place for choose_toponym (`possessor_not_place` with the sentence's
    # toponyms); the stage's fallback must read it the same, not as "whose"
    text = "Gunmen attacked a market in Zabulia's Zembla on Monday."
    doc = nlp(text)
    document = Document(id="t", text=text)

    def top(name, precision):
        i = text.index(name)
        return Toponym(Span(i, i + len(name), name, "t"),
                       Place(name=name, country="AF", precision=precision, admin1="99"))

    zabulia, zembla = top("Zabulia", "admin1"), top("Zembla", "city")
    analysis = Analysis(document=document, doc=doc, toponyms=[zabulia, zembla])
    i = text.index("attacked")
    trig_tok = [t for t in doc if t.idx == i][0]
    # choose_toponym, given the sentence's toponyms, takes neither as a mere possessor
    assert not_the_place(doc, zabulia, trig_tok, [zabulia, zembla]) is None
    assert not_the_place(doc, zabulia, trig_tok, [zabulia]) == "possessor"
    ctx = DocContext(analysis, load_lexicon())
    trig = Trigger(trig_tok, None, i, i + 8)
    assert ctx._no_place_reason(zabulia, trig) is None  # was "possessor"


# ------------------------------------------------ a possessed name after "in"
def test_possessed_name_after_in_is_a_place_even_read_as_a_person(nlp, gaz):
    # the small model reads "Garissa" as a person's name; no one is "in" a person, and the
    # gazetteer knows Garissa in Kenya: "Kenya's" contains the place, it is no mere owner
    text = "A bomb exploded in Kenya's Garissa on Monday."
    assert _reasons(text, "exploded", nlp, gaz)["Kenya"] is None  # was "possessor"
    doc = nlp(text)
    document = Document(id="t", text=text)
    tops = find_toponyms(text, doc, gazetteer=gaz, document_id="t")
    i = text.index("exploded")
    chosen = choose_toponym(doc, tops, document.span(i, i + 8), document.span(0, len(text)),
                            gazetteer=gaz)
    assert chosen is not None and chosen.place is not None and chosen.place.country == "KE"
    # without the preposition the name may be the person's: "Kenya's" says whose
    assert _reasons("Gunmen shot Kenya's Garissa on Monday.", "shot", nlp,
                    gaz)["Kenya"] == "possessor"
