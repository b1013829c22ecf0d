"""Parse repairs run as a spaCy component after the parser (`wirecoder.parse_repairs`)."""

from __future__ import annotations

from wirecoder.language import load_nlp, parse


def test_sayers_after_the_objects_become_the_subject():
    doc = parse("Armed men stormed a school on Monday and kidnapped 31 students and two "
                "teachers, police and residents said.")
    said = next(t for t in doc if t.text == "said")
    police = next(t for t in doc if t.text == "police")
    assert police.head == said and police.dep_ == "nsubj"
    teachers = next(t for t in doc if t.text == "teachers")
    assert police not in teachers.conjuncts
    assert [t.text for t in police.conjuncts] == ["residents"]


def test_a_reporting_verb_with_its_subject_is_left_alone():
    doc = parse("Gunmen killed three soldiers and two police officers, the army said.")
    army = next(t for t in doc if t.text == "army")
    assert army.dep_ == "nsubj" and army.head.text == "said"
    officers = next(t for t in doc if t.text == "officers")
    assert officers.head.text != "said"


def test_the_repair_runs_inside_the_pipeline():
    assert "wirecoder_parse_repairs" in load_nlp().pipe_names




def test_a_promise_after_a_reported_clause_is_the_speakers():
    doc = parse("Sinaloa Governor Ruben Rocha said state and federal forces had been sent to the "
                "town and promised that the gunmen would be caught.")
    promised = next(t for t in doc if t.text == "promised")
    assert promised.head.text == "said"
    # a verb of the reported clause itself stays there
    doc = parse("The army said troops had killed 12 militants and had arrested four others.")
    arrested = next(t for t in doc if t.text == "arrested")
    assert arrested.head.text == "killed"


def test_the_object_of_the_reported_clause_is_not_the_sayer():
    # the parser made "people" the subject of "said" and the ministry a conjunct of the
    # civilians; the phrase before "said" is the sayer, "people" the object of "killed"
    for text in ("Fighting between two militias in the port city killed at least 15 people, "
                 "including four children, the health ministry of the Benghazi-based "
                 "government said on Monday.",
                 "Clashes between rival gangs in the northern town killed at least nine people, "
                 "including two police officers, the interior ministry of the transitional "
                 "government said."):
        doc = parse(text)
        said = next(t for t in doc if t.text == "said")
        ministry = next(t for t in doc if t.text == "ministry")
        people = next(t for t in doc if t.text == "people")
        assert ministry.head == said and ministry.dep_ == "nsubj"
        assert people.head.text == "killed" and people.dep_ == "dobj"


def test_a_wire_dateline_is_its_own_sentence():
    for dateline in ("PORT-AU-PRINCE, Sept 21 (Reuters) - ", "KABUL, Afghanistan (Nov. 9) — ",
                     "Port-au-Prince (AFP) - ", "NEW DELHI, May 3 - "):
        doc = parse(dateline + "Gang members kidnapped 17 people from a bus on Sunday.")
        first = next(t for t in doc if t.text == "Gang")
        assert first.is_sent_start, dateline
        kidnapped = next(t for t in doc if t.text == "kidnapped")
        subject = [c for c in kidnapped.children if c.dep_ == "nsubj"]
        assert [t.text for t in subject] == ["members"], dateline
    # a dash inside an ordinary sentence starts nothing
    doc = parse("Officials - who asked not to be named - said the convoy was hit.")
    assert len(list(doc.sents)) == 1


def test_a_relative_clause_of_harm_belongs_to_the_event_not_the_place():
    doc = parse("The court jailed five men for a 2019 bombing at a market in the town that "
                "killed 14 shoppers, officials said.")
    killed = next(t for t in doc if t.text == "killed")
    assert killed.head.text == "bombing"
    # a clause about the place itself stays there
    doc = parse("Troops raided a village near the border that was controlled by the rebels.")
    controlled = next(t for t in doc if t.text == "controlled")
    assert controlled.head.text != "raided"


def test_a_sayer_read_as_the_object_of_the_reported_verb():
    doc = parse("Troops killed 14 fighters near the border on Friday, the army's press office, "
                "DGPR, said in a statement.")
    said = next(t for t in doc if t.text == "said")
    office = next(t for t in doc if t.text == "office")
    killed = next(t for t in doc if t.text == "killed")
    assert said.dep_ == "ROOT" and office.head == said and office.dep_ == "nsubj"
    assert killed.head == said
    # "and said" is a second act of the same subject, left alone
    doc = parse("Troops killed 14 fighters near the border and said the area was secure.")
    said = next(t for t in doc if t.text == "said")
    assert said.dep_ == "conj"


def test_an_accusation_after_a_reported_clause_is_the_speakers():
    doc = parse("The party said soldiers beat its supporters and accused the army of "
                "covering up the abuse.")
    accused = next(t for t in doc if t.text == "accused")
    assert accused.head.text == "said"


def test_last_date_after_a_dated_relative_clause_is_the_main_verbs():
    doc = parse("The militia freed four aid workers it had held since April on Thursday.")
    on = next(t for t in doc if t.text == "on")
    assert on.head.text == "freed"
    since = next(t for t in doc if t.text == "since")
    assert since.head.text == "held"


def test_a_relative_clause_with_one_date_keeps_it():
    doc = parse("Gunmen shot a farmer who had come back from Kano on Sunday.")
    on = next(t for t in doc if t.text == "on")
    assert on.head.text == "come"


def test_sayer_after_a_second_coordinated_verb_is_the_subject():
    doc = parse("Pirates hijacked a Liberian-flagged tanker off the coast of Somalia on Monday "
                "and took its 17 crew members hostage, the European Union's naval force said on "
                "Tuesday.")
    said = next(t for t in doc if t.text == "said")
    force = next(t for t in doc if t.text == "force")
    assert force.head == said and force.dep_ == "nsubj"


def test_and_right_before_the_reporting_verb_coordinates_it():
    doc = parse("The army shelled rebel positions near Beni and said it had killed 20 fighters.")
    said = next(t for t in doc if t.text == "said")
    assert said.dep_ == "conj"


def test_a_prefixed_irregular_past_is_a_past_verb():
    doc = parse("Army units retook the airport on Friday.")
    verb = next(t for t in doc if t.text == "retook")
    assert verb.tag_ == "VBD" and verb.lemma_ == "retake"


def test_a_time_clause_read_as_a_noun_phrase_is_a_clause():
    doc = parse("Ties have frozen since the military seized power in Niamey.")
    seized = next(t for t in doc if t.text == "seized")
    army = next(t for t in doc if t.text == "military")
    power = next(t for t in doc if t.text == "power")
    assert army.head == seized and army.dep_ == "nsubj"
    assert power.head == seized and power.dep_ == "dobj"
