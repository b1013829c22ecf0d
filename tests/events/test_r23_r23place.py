"""Round 23 (r23place): where statements were made and where reactions' acts took place.
Sentences invented for these tests (published 2026-03-10); the whole pipeline and the real
gazetteer.

- a speaker placed by an "in / at" phrase of its own ("traders' unions in X welcomed ...")
  spoke there, on each of its coordinated verbs; not a ruler ("the government in X": which
  government) (`events.statement_places._seated_subject`);
- residents, villagers, witnesses, relatives speak where they live: their statement with no
  place of its own takes the scene of the story, never the dateline
  (`statement_places.local_voice`, `story_place.scene_so_far`);
- an event noun a reaction names ("welcomed the arrests") takes no place from the reaction's
  clause (`object_dates.reaction_place`);
- a seizure folded into the arrest of its crew told in the same sentence gives the arrest its
  place when the arrest's own words name none (`absorbed_events.fold_seizures`).
"""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text, plover):
    doc = Document(id=Document.make_id(text), text=text, published=date(2026, 3, 10))
    evs = [e for e in pipeline(doc).events if e.type.plover == plover]
    assert evs, text
    return evs


def _place(e):
    return e.location.name if e.location is not None else None


# --- a seated speaker ---------------------------------------------------------------------

def test_a_speaker_placed_by_its_own_phrase_spoke_there(pipeline):
    text = ("LIMA, Feb 9 (Reuters) - Police fired tear gas at hundreds of miners blocking a "
            "highway near Juliaca on Monday, the interior ministry said.\n\n"
            "Transport unions in Arequipa condemned the police operation and called for a "
            "regional strike.")
    (acc,) = _events(pipeline, text, "ACCUSE")
    assert _place(acc) == "Arequipa"  # not the dateline, not nothing
    (req,) = _events(pipeline, text, "REQUEST")
    assert _place(req) == "Arequipa"  # the coordinated verb shares its subject's seat


def test_a_government_named_by_its_seat_is_not_placed_there(pipeline):
    text = ("KHARTOUM, June 3 (AFP) - The army-backed government in Kassala accused the "
            "rebels of shelling a camp for displaced people.")
    (acc,) = _events(pipeline, text, "ACCUSE")
    assert _place(acc) != "Kassala"


# --- the people of the scene ---------------------------------------------------------------

def test_residents_accuse_from_the_scene_not_from_the_dateline(pipeline):
    text = ("NAIROBI, March 4 (Reuters) - Gunmen killed nine people at a cattle market in the "
            "Kenyan town of Moyale on Tuesday, police said.\n\n"
            "Some residents blamed Borana raiders for the attack.")
    (acc,) = _events(pipeline, text, "ACCUSE")
    assert _place(acc) == "Moyale"


def test_witnesses_are_people_of_the_scene(pipeline):
    text = ("ABUJA, May 2 (AFP) - Suspected jihadists stormed the village of Gajiram in Borno "
            "state overnight, killing 14 farmers, local officials said.\n\n"
            "Witnesses accused the army of arriving hours after the attackers had left.")
    (acc,) = _events(pipeline, text, "ACCUSE")
    assert _place(acc) == "Gajiram"


def test_a_ministry_still_speaks_from_the_dateline(pipeline):
    text = ("NAIROBI, March 4 (Reuters) - Gunmen killed nine people at a cattle market in the "
            "Kenyan town of Moyale on Tuesday, police said.\n\n"
            "The interior ministry blamed Borana raiders for the attack.")
    (acc,) = _events(pipeline, text, "ACCUSE")
    assert _place(acc) == "Nairobi"


# --- a reaction's place --------------------------------------------------------------------

def test_an_act_a_reaction_names_keeps_its_own_town(pipeline):
    text = ("KAMPALA, June 11 - Soldiers arrested 22 suspected cattle rustlers in Moroto on "
            "Sunday, the army said.\n\n"
            "Traders' associations in Gulu welcomed the arrests.")
    arrests = _events(pipeline, text, "COERCE")
    assert {_place(e) for e in arrests} == {"Moroto"}
    (sup,) = _events(pipeline, text, "SUPPORT")
    assert _place(sup) == "Gulu"


def test_a_reaction_to_an_act_told_in_its_own_words_keeps_the_act_s_place(pipeline):
    text = "The minister condemned the attack on a market in Yendi."
    (att,) = _events(pipeline, text, "ASSAULT")
    assert _place(att) == "Yendi"


# --- a seizure folded into its crew's arrest ---------------------------------------------

def test_a_crew_s_arrest_takes_the_place_of_the_seizure_told_with_it(pipeline):
    text = ("Ghana's navy seized a foreign trawler in waters reserved for local canoes off Tema "
            "on Sunday and detained its 20 crew members, the fisheries ministry said.\n\n"
            "The crew are being held on board in Accra.")
    (arrest,) = _events(pipeline, text, "COERCE")
    assert _place(arrest) == "Tema"  # not where the crew are held afterwards


# --- a statement made elsewhere, a country as a seat -----------------------------------------

def test_a_statement_of_what_would_be_done_elsewhere_does_not_move_the_scene(pipeline):
    text = ("KUMASI, Ghana, May 21 - Supporters of two candidates fought with machetes outside a "
            "polling station in Ejura on Wednesday, police said.\n\n"
            "An electoral commission official in Accra said all complaints would be "
            "investigated.\n\n"
            "Police later arrested four men, a district police commander said.")
    arrests = _events(pipeline, text, "COERCE")
    assert {_place(e) for e in arrests} == {"Ejura"}


def test_a_speaker_seated_in_a_country_is_not_placed_by_it(pipeline):
    text = ("TRIPOLI, June 3 (Reuters) - The U.N. envoy in Libya urged the rival governments to "
            "reopen the coastal road.")
    (req,) = _events(pipeline, text, "REQUEST")
    assert _place(req) != "Libya"


# --- "in central X" ----------------------------------------------------------------------------

def test_a_country_after_a_compass_word_is_a_place(pipeline):
    text = ("BAMAKO, Oct 3 (AFP) - Jihadists attacked an army post near the town of Boni in "
            "central Mali on Saturday, the army said.")
    (att,) = _events(pipeline, text, "ASSAULT")
    assert att.location is not None and att.location.country == "ML"  # not Bonn


def test_a_name_after_through_is_a_place(pipeline):
    # the tagger reads "Asunción" after "through" as a person's name
    text = ("ASUNCIÓN, Sept 5 - Thousands of farmers marched through Asunción on Thursday to "
            "demand land reform, police said.")
    (march,) = _events(pipeline, text, "PROTEST")
    assert march.location is not None and march.location.country == "PY"
