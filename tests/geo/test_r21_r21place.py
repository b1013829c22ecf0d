"""Round 21 (r21place): event places in constructions of wire copy that release 0.14.0 got
wrong. Sentences and village names invented for these tests (published 2026-03-10); the whole
pipeline, real gazetteer.

- "talks were held in the village of X", "the meeting took place in X", "clashes broke out
  in X": an event noun that is the subject of a verb saying only that it happened takes that
  verb's locative phrase, also for a village the gazetteer lacks, placed in the document's
  country (`missed_names._occurring_verb`);
- a people's adjective ("American advisers") gives no support to a small namesake village
  of that country in a story set elsewhere (`context_rank`, `_Item.people`);
- "the central Malian town of X", "the western Burkinabe town of X": the country written
  before the place noun holds X, so a namesake abroad (a bigger town of the same name, or
  one reached by one of its other names) is no reading (`country_town.in_told_country`);
- "in the village of X under the Y Mechanism": the tagger's organisation span that opens
  with the village's name does not make the village part of an organisation
  (`place_parse._town_of`);
- "the village of Wad al-X in Y state": a name joined by an Arabic article is one name, not
  its known first word, and the state after it holds it (`recognize._ARTICLE_AFTER`,
  `missed_names`); "the village of X" read as a language or a work of art is a village.
"""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text):
    return pipeline(Document(id=Document.make_id(text), text=text,
                             published=date(2026, 3, 10))).events


def _place_of(pipeline, text, plover):
    evs = [e for e in _events(pipeline, text) if e.type.plover == plover]
    assert evs, text
    return evs[0].location


@pytest.mark.parametrize("text, plover, name", [
    ("YEREVAN (Reuters) - Armenian border guards detained a farmer near the village of "
     "Nerkin Zorakert on Sunday, officials said. Talks between the two border commissions "
     "were held on Thursday in the village of Tsakhadzor.", "CONSULT", "Tsakhadzor"),
    ("YEREVAN (Reuters) - Armenian border guards detained a farmer near the village of "
     "Nerkin Zorakert on Sunday, officials said. A meeting between the two commissions "
     "took place on Thursday in the village of Tsakhadzor.", "CONSULT", "Tsakhadzor"),
])
def test_an_event_noun_held_in_an_unknown_village(pipeline, text, plover, name):
    loc = _place_of(pipeline, text, plover)
    assert loc is not None and loc.name == name and loc.country == "AM"


def test_a_village_the_tagger_runs_into_an_organisations_name(pipeline):
    text = ("YEREVAN (Reuters) - Armenian border guards detained a farmer near the village of "
            "Nerkin Zorakert on Sunday, officials said. His release followed a meeting on "
            "Tuesday in the village of Tsakhadzor under the Joint Border Incident Commission, "
            "co-chaired by the United Nations.")
    loc = _place_of(pipeline, text, "CONSULT")
    assert loc is not None and loc.name == "Tsakhadzor" and loc.country == "AM"


@pytest.mark.parametrize("text, name, country", [
    ("PORT VILA (Reuters) - Police in Vanuatu arrested two men at Pine Ridge on Monday after "
     "finding four old shells they had dug up to sell, a police statement said. The police "
     "bomb squad is trained by Australian and American advisers.", "Pine Ridge", "VU"),
    ("PORT MORESBY (Reuters) - Police in Papua New Guinea arrested a man at Cedar Creek on "
     "Friday after he was found with two old grenades, police said. Australian instructors "
     "train the force.", "Cedar Creek", "PG"),
])
def test_a_peoples_adjective_does_not_place_a_village_abroad(pipeline, text, name, country):
    loc = _place_of(pipeline, text, "COERCE")
    assert loc is not None and (loc.name, loc.country) == (name, country)


@pytest.mark.parametrize("text, name, country", [
    ("BAMAKO (Reuters) - Islamist fighters attacked an army post in the central Malian town "
     "of Boni on Sunday, killing six soldiers, the army said.", "Boni", "ML"),
    ("Jihadists attacked a police station in the western Burkinabe town of Bama on Friday, "
     "killing four officers, a security source said.", "Bama", "BF"),
])
def test_the_country_written_before_the_place_noun_holds_the_town(pipeline, text, name, country):
    loc = _place_of(pipeline, text, "ASSAULT")
    assert loc is not None and (loc.name, loc.country) == (name, country)


def test_a_country_before_the_place_noun_reads_only_its_own_towns():
    from wirecoder.geo import default_gazetteer
    from wirecoder.geo.country_town import told_country

    gaz = default_gazetteer()
    text = "fighting in the far northern Cameroonian town of X"
    assert told_country(text, len(text) - 1, gaz) == "CM"
    assert told_country("fighting in the town of X", 24, gaz) is None


@pytest.mark.parametrize("text, name, admin1", [
    ("KHARTOUM (Reuters) - Paramilitary fighters killed 14 people in an attack on the village "
     "of Wad al-Sharif in Sennar state on Monday, activists said.", "Wad al-Sharif", "Sennar"),
    ("KHARTOUM (Reuters) - Paramilitary fighters killed 14 people in a raid on the village of "
     "Um al-Tayyib in Gezira state on Monday, activists said.", "Um al-Tayyib", "Gezira"),
])
def test_a_village_name_joined_by_an_arabic_article(pipeline, text, name, admin1):
    # not its first word alone (a town elsewhere), and held by the state written after it
    loc = _place_of(pipeline, text, "ASSAULT")
    assert loc is not None and (loc.name, loc.admin1, loc.country) == (name, admin1, "SD")

