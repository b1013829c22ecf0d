"""Round 15 (w5false): false events from clauses that tell no event. Sentences written for
these tests."""

from .conftest import pipeline_events

SCORED = ("asserted",)


def _told(text: str) -> list[tuple[str, str]]:
    return [(e.type.plover, e.trigger.text if e.trigger else "")
            for e in pipeline_events(text, "2026-03-03") if e.modality in SCORED]


def test_the_condition_of_a_threat_is_no_refusal():
    told = _told("The militia threatened on Tuesday to attack the town of Kalemi if "
                 "government troops did not pull out by Friday.")
    assert ("THREATEN", "threatened") in told
    assert not any(p in ("REJECT", "RETREAT") for p, _ in told), told


def test_a_banned_kind_of_protest_is_no_protest():
    for text in ("The military council banned all political rallies in the capital on "
                 "Wednesday.",
                 "Parliament passed a law banning street protests near ministries on Monday.",
                 "The junta outlawed demonstrations across the country on Thursday.",
                 "The authorities prohibited all marches in the capital on Monday.",
                 "The governor banned public gatherings and protests in Lorvia province on "
                 "Sunday."):
        told = _told(text)
        assert not any(p == "PROTEST" for p, _ in told), (text, told)


def test_a_protest_that_defies_nothing_is_still_told():
    told = _told("Thousands of teachers marched in Zandor on Saturday to demand higher pay.")
    assert any(p == "PROTEST" for p, _ in told), told


def test_the_act_an_offer_puts_forward_is_not_held():
    told = _told("An offer of talks from the government was turned down by the rebels on "
                 "Monday.")
    assert any(p == "REJECT" for p, _ in told), told
    assert not any(p == "CONSULT" for p, _ in told), told


def test_what_people_worry_about_has_not_happened():
    told = _told("Traders in Kessa stayed home on Thursday over worries of clashes after the "
                 "verdict.")
    assert not any(p == "ASSAULT" for p, _ in told), told


def test_one_act_under_way_that_is_banned_is_still_told():
    for text in ("A court in Lenz banned the strike by dock workers on Monday, now in its "
                 "third week.",
                 "A court in Lenz on Monday banned a strike by dock workers that began two "
                 "weeks ago."):
        told = _told(text)
        assert ("PROTEST", "strike") in told, (text, told)


def test_a_kind_of_act_people_are_concerned_about_is_not_told():
    told = _told("Concern about clashes grew in Rimo on Monday as both parties rallied "
                 "supporters.")
    assert not any(p == "ASSAULT" for p, _ in told), told
    told = _told("Diplomats voiced concern on Tuesday about the shelling of Dovra on Monday, "
                 "which killed four civilians.")
    assert any(p == "ASSAULT" for p, _ in told), told
