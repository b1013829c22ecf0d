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
