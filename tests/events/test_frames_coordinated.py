"""A verb coordinated with a refusal, demand or threat is an act of its own, not what is
refused or demanded."""


def test_rejected_and_accused_are_two_statements(events_of):
    evs = events_of("Kigali rejected the report and accused Kinshasa of arming the militia.")
    assert sorted(e.type.plover for e in evs) == ["ACCUSE", "REJECT"]
    accuse = [e for e in evs if e.type.plover == "ACCUSE"][0]
    assert [p.name for p in accuse.targets] == ["Kinshasa"]


def test_what_is_refused_still_folds_into_the_refusal(events_of):
    evs = events_of("The rebels refused to release the hostages on Monday.")
    assert [(e.type.plover, e.type.plover_mode) for e in evs] == [("REJECT", "yield")]
