"""Round 13 (w2dipl) fix in the linker: a head-of-government title names the holder of that
office, not the country's other leader. Sentences written for these tests."""

from .conftest import find


def test_a_prime_minister_is_not_the_president(link):
    ms = link("Kenya's prime minister visited a hospital in Mombasa on Sunday.")
    m = find(ms, "Kenya's prime minister")
    assert m.entity.kb_id != "william-ruto"


def test_a_president_title_still_names_the_president(link):
    ms = link("Kenya's president visited a hospital in Mombasa on Sunday.")
    assert find(ms, "Kenya's president").entity.kb_id == "william-ruto"
