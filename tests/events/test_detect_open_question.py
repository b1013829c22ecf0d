"""An event in an indirect question ("did not say whether anyone was killed") is asked
about, not told: no event and no count; a conditional "if" clause is still an imagined
event."""

import pytest


@pytest.mark.parametrize("text", [
    "A mortar round hit the market in Beledweyne on Sunday. The governor did not say "
    "whether anyone was killed.",
    "A mortar round hit the market in Beledweyne on Sunday. It was not clear whether "
    "anyone was hurt.",
    "A mortar round hit the market in Beledweyne on Sunday. Officials did not say if there "
    "were casualties.",
])
def test_a_question_about_casualties_tells_no_killing(events_of, text):
    evs = events_of(text)
    assert [e.type.plover for e in evs] == ["ASSAULT"]
    assert not evs[0].quantities
    assert evs[0].trigger.text == "hit"


def test_both_coordinated_outcomes_are_asked_about(events_of):
    evs = events_of("It was not immediately known whether any guards were killed or wounded "
                    "in the raid on the depot.")
    assert not [e for e in evs if e.trigger.text in ("killed", "wounded")]


def test_a_conditional_if_clause_is_still_an_event(events_of):
    evs = events_of("The minister said that if the rebels attacked Goma, the army would "
                    "respond.")
    assert [e.modality for e in evs if e.trigger.text == "attacked"] == ["hypothetical"]
