"""What statements do to the acts they name: ties cut are relations broken (not aid
stopped), talks suspended are no talks held, an act denied is no refusal, saying nothing
about a kidnapping does not deny it, and declining to comment refuses nothing."""


def _types(events):
    return [(e.type.plover, e.type.plover_mode, e.modality) for e in events]


def test_cutting_ties_breaks_relations(events_of):
    evs = events_of("Niger cut diplomatic ties with Ukraine on Tuesday.")
    assert _types(evs) == [("SANCTION", "withdraw", "asserted")]


def test_cutting_aid_discontinues_it(events_of):
    evs = events_of("The Netherlands cut aid to Mali on Tuesday.")
    assert _types(evs) == [("SANCTION", "discontinue", "asserted")]


def test_talks_suspended_are_no_talks_held(events_of):
    evs = events_of("The president suspended peace talks with the rebels on Friday.")
    assert [e.type.plover for e in evs] == ["SANCTION"]


def test_an_act_denied_is_no_refusal(events_of):
    evs = events_of("Kigali denies arming the militia in Ituri.")
    assert not [e for e in evs if e.type.plover == "REJECT"]


def test_a_refusal_is_still_a_rejection(events_of):
    evs = events_of("The junta refused to release the detained ministers on Monday.")
    assert [e.type.plover for e in evs] == ["REJECT"]


def test_no_comment_on_a_kidnapping_leaves_it_told(events_of):
    evs = events_of("Gunmen kidnapped two nurses near Kidal on Monday. The army has not "
                    "commented on the kidnapping.")
    assert [e.modality for e in evs if e.type.plover == "ASSAULT"] == ["asserted"]


def test_declining_to_comment_is_no_event(events_of):
    assert not events_of("A police spokesman declined to comment on Tuesday.")


def test_the_topic_of_talks_is_not_agreed(events_of):
    evs = events_of("Envoys of both sides will meet in Geneva next week for talks on a "
                    "ceasefire, the mediators said.")
    assert [e.modality for e in evs if e.type.plover == "RETREAT"] == ["hypothetical"]


def test_what_no_one_confirmed_will_happen_is_not_promised(events_of):
    evs = events_of("The junta has not confirmed it will send a delegation to Abuja.")
    assert not [e for e in evs if e.modality == "asserted"]
