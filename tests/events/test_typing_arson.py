"""Event typing (events/typing.py): a fire set on purpose carries the PLOVER mode "arson" (ACLED
has no arson sub-type), property destruction by other means does not; the sentence classifier's
sub-type is not taken from another trigger of the sentence; the shared subject of a
coordinated verb tells its weapon. Sentences written for these tests."""

from wirecoder.events.arguments import roles_for
from wirecoder.events.detect import find_triggers
from wirecoder.events.lexicon import load_lexicon
from wirecoder.events.typing import resolve_type
from wirecoder.language import load_nlp

from .conftest import one


def _trigger(text: str, word: str):
    """The trigger `word` of `text`."""
    return next(t for t in find_triggers(load_nlp()(text), load_lexicon())
                if t.token.lower_ == word)


def _typed(text: str, word: str):
    """The type resolve_type gives the trigger `word` of `text` (before any merging)."""
    lex = load_lexicon()
    trig = _trigger(text, word)
    roles = roles_for(trig.token, trig.entry.plover, trig.entry.mode, lex)
    return resolve_type(trig, roles.objects, roles.targets, roles.actors, lex)


def _by_trigger(events, word):
    found = [e for e in events if e.trigger is not None and e.trigger.text.lower().startswith(word)]
    assert found, f"no event with trigger {word!r} in {[e.trigger.text for e in events]}"
    return found[0]


def test_fire_set_on_purpose_is_arson(events_of):
    for text in ("Masked men set fire to two lorries outside the depot on Tuesday.",
                 "Militants torched the village clinic overnight.",
                 "The insurgents burned a customs post near the border."):
        e = one(events_of(text), "ASSAULT")
        assert e.type.plover_mode == "arson", text
        assert e.type.acled_sub_event_type == "Looting/property destruction", text


def test_destruction_without_fire_is_not_arson(events_of):
    e = one(events_of("Militants destroyed a telephone exchange near the border on Friday."),
            "ASSAULT")
    assert e.type.plover_mode != "arson"


def test_gunfire_is_not_arson(events_of):
    evs = events_of("Troops returned fire and destroyed the gunmen's pickup truck.")
    assert not [e for e in evs if e.type.plover_mode == "arson"]


def test_killing_after_a_kidnapping_is_not_typed_as_the_kidnapping(events_of):
    evs = events_of("Bandits abducted a schoolteacher and murdered her three days later.")
    e = _by_trigger(evs, "murder")
    assert e.type.acled_sub_event_type != "Abduction/forced disappearance"
    evs = events_of("Rebels kidnapped a district judge and killed him two days later.")
    e = _by_trigger(evs, "killed")
    assert e.type.acled_sub_event_type == "Attack"
    k = _by_trigger(evs, "kidnapped")
    assert k.type.acled_sub_event_type == "Abduction/forced disappearance"


def test_shared_subject_names_the_weapon_of_a_destruction():
    ty = _typed("The explosion shattered the windows of a bank and destroyed six parked cars.",
                "destroyed")
    assert ty.acled == "Remote explosive/landmine/IED"
    assert ty.mode == "explosives"
    ty = _typed("The mob smashed the windows of a bank and destroyed six parked cars.",
                "destroyed")
    assert ty.acled != "Remote explosive/landmine/IED"


def test_an_event_noun_inside_the_trigger_phrase_may_name_its_sub_type():
    from wirecoder.events.type_cues import _named_by_another

    lex = load_lexicon()
    trig = _trigger("Troops shot five rebels in a clash near the river.", "shot")
    assert not _named_by_another(trig, "Armed clash", lex)
    trig = _trigger("Bandits kidnapped a trader and shot him.", "shot")
    assert _named_by_another(trig, "Abduction/forced disappearance", lex)
    trig = _trigger("The judge, who was kidnapped on Monday, was shot on Friday.", "shot")
    assert _named_by_another(trig, "Abduction/forced disappearance", lex)
