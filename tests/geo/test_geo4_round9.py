"""Round 9 (geo4): a bare place noun is no toponym; a place noun after coordinated names
hints every conjunct's kind; names tagged as persons after a locative word or before a place
noun are places the gazetteer knows; caseless short text. Real gazetteer, spaCy parse; sentences written for these tests."""

from __future__ import annotations

from wirecoder.geo import find_toponyms
from wirecoder.geo.place_context import place_noun_after, place_noun_before
from wirecoder.language import parse


def _places(text, nlp, gaz):
    """{toponym text: (precision, feature code, admin1)} as the places stage finds them."""
    doc = parse(text, True, nlp)
    out = {}
    for t in find_toponyms(text, doc, gazetteer=gaz, document_id="t"):
        p = t.place
        out[t.span.text] = None if p is None else (p.precision, p.feature_code, p.admin1)
    return out


# ------------------------------------------------ a bare place noun is no place
def test_a_capitalised_plural_place_noun_alone_is_not_a_toponym(nlp, gaz):
    found = _places("Fighting spread to the southern Provinces of Zabul and Uruzgan.", nlp, gaz)
    assert "Provinces" not in found and "Zabul" in found
    found = _places("The Provinces and the Districts sent their governors to the meeting.",
                    nlp, gaz)
    assert not any(k in found for k in ("Provinces", "Districts"))


# ------------------------------------------------ "X and Y provinces": both are provinces
def test_a_plural_place_noun_after_two_names_makes_both_the_areas(nlp, gaz):
    found = _places("Gunmen attacked checkpoints in Farah and Herat provinces on Sunday.",
                    nlp, gaz)
    assert found["Farah"][1] == "ADM1"
    assert found["Herat"][1] == "ADM1"  # was the city of Herat


def test_a_place_noun_after_a_list_of_names_holds_for_each(nlp, gaz):
    found = _places("Floods cut roads in Samangan, Balkh and Kandahar provinces this spring.",
                    nlp, gaz)
    assert found["Kandahar"][1] == "ADM1"


def test_a_town_named_without_a_place_noun_stays_the_town(nlp, gaz):
    found = _places("Gunmen attacked checkpoints in Farah and Herat on Sunday.", nlp, gaz)
    assert found["Herat"][0] == "city"


# ------------------------------------------------ person-tagged names that are places
def test_a_name_before_a_place_noun_is_a_place_whatever_the_ner_label(nlp, gaz):
    found = _places("The convoy was hit outside Nad Ali district before dawn.", nlp, gaz)
    assert "Nad Ali" in found and found["Nad Ali"] is not None
    assert found["Nad Ali"][2] == "Helmand"


def test_a_name_after_in_and_a_possessive_place_is_a_place(nlp, gaz):
    found = _places("A car bomb exploded in Kenya's Garissa overnight.", nlp, gaz)
    assert "Garissa" in found and found["Garissa"][2] == "Garissa"


def test_a_person_after_a_possessive_is_still_a_person(nlp, gaz):
    found = _places("The plan was praised in Obama's speech in Chicago.", nlp, gaz)
    assert "Obama" not in found and "Chicago" in found


# ------------------------------------------------ caseless text too short to truecase
def test_a_short_lowercase_text_still_names_its_country(nlp, gaz):
    found = _places("rebels hid in the hills of peru", nlp, gaz)
    assert found.get("peru", (None, None))[1] == "PCLI"



def test_a_plural_place_noun_after_one_name_is_a_kind_not_a_place(nlp, gaz):
    # "Garissa districts" is no phrase for one place; neither is an acronym before a noun
    assert place_noun_after("the Garissa districts", 4, 11) is None
    assert place_noun_after("Garissa and Wajir districts", 12, 17) == "district"
    assert place_noun_after("Garissa district", 0, 7) == "district"
    found = _places("Voters in three KTN districts stayed home on Tuesday.", nlp, gaz)
    assert "KTN" not in found


def test_a_possessive_after_a_town_of_is_still_the_town(nlp, gaz):
    found = _places("Repairs are funded in the village of Glen Carbon's budget this year.",
                    nlp, gaz)
    assert "Glen Carbon" in found


def test_an_organisation_after_a_countrys_possessive_is_not_a_place(nlp, gaz):
    found = _places("The claim appeared in China's Xinhua report on Monday.", nlp, gaz)
    assert "China" in found and "Xinhua" not in found


def test_names_after_a_plural_place_noun_and_of_are_each_the_area(nlp, gaz):
    found = _places("Aid convoys reached the northern Provinces of Balkh and Jowzjan on Friday.",
                    nlp, gaz)
    assert found["Balkh"][1] == "ADM1"  # was the town of Balkh
    assert place_noun_before("the district of Nawa and Marjah", 25) is None


def test_a_place_noun_does_not_make_a_part_of_a_name_a_place(nlp, gaz):
    # the tagger reads only "Zad" of "Now Zad" as a person: "Zad" is no place of its own
    found = _places("Police arrested a smuggler in Now Zad district, Helmand province, today.",
                    nlp, gaz)
    assert "Zad" not in found


def test_a_place_noun_does_not_move_a_name_abroad(nlp, gaz):
    # the noun chooses between a town and the area of its name around it, after the
    # context: not the Mexican municipality of Rio Blanco in a Colombian story
    text = ("Flooding closed roads around Rio Blanco municipality in the Tolima department "
            "of Colombia.")
    doc = parse(text, True, nlp)
    tops = {t.span.text: t.place for t in find_toponyms(text, doc, gazetteer=gaz)}
    assert tops["Rio Blanco"] is not None and tops["Rio Blanco"].country == "CO"
