"""An organisation noun at the end of a longer name is not cut down to the known shorter one
(actors/link.py `longer_name`). Sentences written for these tests."""

from __future__ import annotations

from wirecoder.actors import link_mentions
from wirecoder.language import parse
from wirecoder.records import Analysis, Document


def _texts(ms):
    return [(m.span.text, m.entity.kb_id) for m in ms]


def test_name_ending_in_armed_forces_is_one_unlinked_group(link):
    ms = link("The Red Star Armed Forces of Liberation bombed a bank in Quito.")
    assert ("Red Star Armed Forces of Liberation", None) in _texts(ms)
    assert not any(m.span.text == "Armed Forces of Liberation" for m in ms)


def test_caseless_name_before_a_known_alias(kb):
    text = 'the "ruka milla armed forces of liberation," a small group, claimed the attack.'
    doc = Document(Document.make_id(text), text)
    ms = link_mentions(Analysis(doc, parse(text), None, []), kb)
    assert ("ruka milla armed forces of liberation", None) in _texts(ms)


def test_members_nouns_and_countries_stay_apart(link):
    ms = link("Salvadoran armed forces repelled FMLN guerrillas and Taliban fighters.")
    got = dict(_texts(ms))
    assert got.get("Salvadoran armed forces") == "SLV-MIL"
    assert got.get("FMLN") == "FMLN" and "guerrillas" in got
    assert got.get("Taliban") == "TALIBAN"


def test_a_describing_word_is_no_part_of_the_name(link):
    ms = link("Maoist Shining Path rebels burned a bus near Ayacucho.")
    assert ("Shining Path", "SENDERO") in _texts(ms)


def test_common_nouns_left_of_a_name_stay_out(link):
    ms = link("photo credit Reuters photo caption Federal police patrol a market in Quito.")
    assert not any(m.span.text.lower().startswith(("photo", "caption")) for m in ms)
