"""Round 11 (rolefix) fixes in the linker: hyphenated affiliations and a ministry named by
its portfolio. Sentences written for these tests."""

from .conftest import find, find_or_none


def test_members_of_a_named_group_are_that_group(link):
    ms = link("Boko Haram-linked fighters raided a village in Borno on Monday.")
    m = find(ms, "Boko Haram-linked fighters")
    assert m.entity.kb_id == "BOKO-HARAM"
    assert find_or_none(ms, "linked fighters") is None


def test_a_backed_force_is_its_own_actor_named_in_full(link):
    ms = link("Hezbollah-backed gunmen attacked the convoy near the border.")
    m = find(ms, "Hezbollah-backed gunmen")
    assert m.entity.kb_id is None and m.entity.sector == "UAF"


def test_a_run_ministry_keeps_its_owner_in_its_words(link):
    ms = link("The Hamas-run health ministry said 12 people died.")
    assert find(ms, "Hamas-run health ministry").entity.sector == "GOV"


def test_a_ministry_named_by_portfolio_is_not_the_last_ministry(link):
    ms = link("Turkey's interior ministry said on Monday it had detained 30 people in Izmir. "
              "Separately, France's Foreign Ministry said on Sunday it was concerned by the "
              "detentions. The interior ministry said more raids would follow.")
    m = find(ms, "The interior ministry")
    assert m.entity.kb_id == "TUR-MOI"


def test_a_bare_ministry_still_refers_back(link):
    ms = link("Germany's Foreign Office said on Sunday it was concerned. The ministry said "
              "it would summon the ambassador.")
    assert find(ms, "The ministry").entity.kb_id == "DEU-MFA"
