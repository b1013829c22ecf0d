"""Round 11 (placetime): names the gazetteer holds under another spelling, and names a place
noun introduces. Sentences written for these tests."""

from __future__ import annotations

from wirecoder.geo import find_toponyms, resolve_spans
from wirecoder.geo.gazetteer import default_gazetteer
from wirecoder.language import load_nlp


def test_an_arabic_name_resolves_under_its_other_final_h_spelling():
    text = "Israeli warplanes struck Hodeidah and Zarqah on Thursday."
    got = {r.span.text: r.place for r in resolve_spans(text, [(25, 33), (38, 44)])}
    assert got["Hodeidah"] is not None and got["Hodeidah"].country == "YE"
    assert got["Zarqah"] is not None and got["Zarqah"].country == "JO"


def test_no_spelling_variant_for_a_small_place_or_a_nonsense_word():
    gaz = default_gazetteer()
    assert gaz.lookup("Xyzzyqa") == ()
    assert all(e.feature_class == "A" or e.population >= 50_000 for e in gaz.lookup("Tafilah"))


def test_a_name_after_the_port_of_is_a_place_and_so_are_its_repetitions():
    text = ("Warships shelled the port of Hodeidah at dawn. Fires were still burning in "
            "Hodeidah port hours later.")
    found = [t.span.text for t in find_toponyms(text, load_nlp()(text))]
    assert found.count("Hodeidah") == 2, found
