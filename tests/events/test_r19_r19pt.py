"""Round 19 (r19pt) fixes to the places of events. Sentences written for these tests
(invented incidents in real places)."""

from .conftest import pipeline_events


def _at(events, word):
    return [e for e in events if e.trigger is not None and word in e.trigger.text]


def _name(ev):
    return None if ev.location is None else ev.location.name


# ------------------------------------- a division named after its two towns ("A-B region")
def test_a_division_named_after_two_towns_is_not_its_first_town():
    for text in ("RABAT (Reuters) - Gendarmes arrested six smugglers in the Tangier-Tetouan "
                 "region on Tuesday, officials said.",
                 "RABAT (Reuters) - Troops killed two gunmen in the Meknes-Fes region at dawn "
                 "on Tuesday, the interior ministry said."):
        evs = pipeline_events(text, "2026-03-04")
        assert evs, text
        for e in evs:
            assert e.location is not None and e.location.country == "MA", (text, e.location)
            assert e.location.precision == "admin1" and "-" in e.location.name, (text, e.location)


def test_the_pair_alone_is_the_division_too():
    from wirecoder.geo import find_toponyms
    from wirecoder.language import load_nlp

    text = ("Six held after Tangier-Tetouan raid\n\nGendarmes arrested six men in the "
            "Tangier-Tetouan region on Tuesday.")
    tops = [t for t in find_toponyms(text, load_nlp()(text)) if t.place is not None]
    pairs = [t for t in tops if t.span.text == "Tangier-Tetouan"]
    assert len(pairs) == 2 and all(t.place.precision == "admin1" for t in pairs), tops


# ------------------------------------------- "speaking to reporters in X, ... said"
def test_a_statement_made_while_speaking_in_a_city_is_placed_there():
    for text in ("NAIROBI, May 4 (Reuters) - Uganda and Kenya agreed on Monday to reopen a "
                 "border post, officials said.\n\nSpeaking to reporters in Arusha after the "
                 "talks, Uganda's foreign minister said Kampala expected Nairobi to \"stop "
                 "sheltering rebels\", an accusation Kenya has always rejected.",
                 "NAIROBI, May 4 (Reuters) - Uganda and Kenya agreed on Monday to reopen a "
                 "border post, officials said.\n\nTalking to journalists in Arusha, Kenya's "
                 "interior minister said Nairobi wanted Kampala to \"stop arming cattle "
                 "raiders\", an accusation Uganda denies."):
        evs = pipeline_events(text, "2026-05-05")
        said = [e for e in evs if e.type.plover == "ACCUSE"]
        assert said and said[0].location is not None, (text, evs)
        assert said[0].location.name == "Arusha", (text, said[0].location)


# ------------------------------------------ an act told as coming after a placed event
def test_a_statement_after_the_signing_is_where_the_signing_was():
    text = ("DOHA, Sept 3 (Reuters) - The foreign ministers of Chad and Sudan signed a border "
            "accord in Doha on Tuesday.\n\nAt a news conference after the signing, Chad's "
            "foreign minister urged Khartoum to disarm militias along the frontier.")
    evs = pipeline_events(text, "2026-09-03")
    urged = _at(evs, "urged")
    assert urged and _name(urged[0]) == "Doha", [(e.trigger, e.location) for e in evs]


def test_an_accord_after_talks_a_misparse_hangs_on_said_is_where_the_talks_were():
    text = ("ACCRA, Oct 6 (AFP) - Mali and Guinea signed an agreement late on Monday to reopen "
            "their shared border, closed since 2024, after three days of talks in the Ghanaian "
            "capital mediated by Ghana, the three governments said in a joint statement.")
    evs = pipeline_events(text, "2026-10-07")
    signed = _at(evs, "signed")
    assert signed and signed[0].location is not None, evs
    assert signed[0].location.country == "GH", signed[0].location


# ------------------------- "in X local government area" says where (a lead's unnamed village)
def test_a_name_on_its_division_noun_says_where():
    from types import SimpleNamespace

    from wirecoder.events.nearby_places import _where
    from wirecoder.language import load_nlp

    for name in ("Tsafe", "Maru", "Kauru"):
        text = (f"The gunmen, riding motorcycles, stormed the village in {name} local government "
                "area late on Sunday, according to two residents.")
        start = text.index(name)
        t = SimpleNamespace(span=SimpleNamespace(start=start, end=start + len(name)))
        assert _where(load_nlp()(text), t), text


# -------------------------- a bearing's town gives way to the town the act is told again at
def test_a_bearing_from_a_town_gives_way_to_the_town_the_act_is_told_again_near():
    for text in ("MOGADISHU, March 2 (Reuters) - A roadside bomb killed three soldiers on a road "
                 "north of the town of Jowhar early on Sunday, officials said.\n\n"
                 "The bomb hit a military truck near Balcad, a police officer said.",
                 "MOGADISHU, March 2 (Reuters) - A roadside bomb killed three soldiers about 40 km "
                 "north of Jowhar early on Sunday, officials said.\n\n"
                 "The bomb struck an army truck near Balcad, a police officer said."):
        evs = pipeline_events(text, "2026-03-02")
        killed = [e for e in evs if e.type.plover == "ASSAULT"]
        assert killed and _name(killed[0]) == "Balcad", (text, [(e.trigger, e.location)
                                                                for e in evs])
