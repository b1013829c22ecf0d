"""Round 13 (w2dipl) fixes in diplomatic and legal events. Sentences written for these
tests."""

from .conftest import names, one


# ---------------------------------------------------------------- whose measure it is
def test_a_demonym_on_a_rejected_proposal_is_the_target(linked_events_of):
    ev = one(linked_events_of("Chile on Monday rejected a Bolivian offer to reopen the "
                              "border talks."), "REJECT")
    assert any("Bolivia" in n for n in names(ev.targets))


def test_whoever_imposed_denounced_sanctions_is_the_target(linked_events_of):
    for text in ("Belarus on Friday denounced new Canadian sanctions on its potash exports.",
                 "Belarus on Friday denounced the sanctions imposed by Canada on its potash "
                 "exports."):
        ev = one(linked_events_of(text), "ACCUSE")
        assert any("Canad" in n for n in names(ev.targets)), text


# ---------------------------------------------------------------- one statement
def test_naming_a_rejected_thing_is_no_second_accusation(linked_events_of):
    evs = linked_events_of("Azerbaijan rejected the report on Tuesday, calling it "
                           "baseless.")
    assert [e.type.plover for e in evs] == ["REJECT"]
