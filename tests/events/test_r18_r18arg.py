"""Round 18 (r18arg) fixes in event arguments. Sentences written for these tests."""

from .conftest import of_type, pipeline_events


def _targets(text: str) -> list[str]:
    """The targets of the text's attacks and riots ("pelted police with bottles"); fails when
    it has none."""
    acts = [e for e in pipeline_events(text, "2026-03-03")
            if e.type.plover in ("ASSAULT", "PROTEST")]
    assert acts, f"no ASSAULT or PROTEST event in {text!r}"
    return [t.name for e in acts for t in e.targets]


# ------------------------------------ "fought with clubs and knives": every item an instrument
def test_things_listed_with_a_weapon_are_no_targets():
    for text, thing in (
            ("Rival supporters fought with clubs and knives outside a polling station in "
             "Tamale on Monday.", "clubs"),
            ("Villagers attacked the officers with stones and machetes in Kisii on Friday.",
             "stones"),
            ("Rioters pelted police with bottles and petrol bombs in Lyon on Saturday.",
             "bottles")):
        assert thing not in _targets(text), (text, _targets(text))


# --------------------------- "struck the X gas field in Y's Z region": the unknown site itself
def test_an_unknown_site_struck_in_a_named_region_is_the_place():
    for text, site, country in (
            ("Two drones struck the Khor Mor gas field in Iraq's Kurdistan region late on "
             "Thursday, officials said.", "Khor Mor", "IQ"),
            ("Drones hit the Bir Rami oil field in Libya's Fezzan region on Monday.",
             "Bir Rami", "LY"),
            ("Gunmen stormed the Dakwa camp in Nigeria's Zamfara state on Monday, killing four.",
             "Dakwa", "NG")):
        ev = of_type(pipeline_events(text, "2026-05-15"), "ASSAULT")[0]
        assert ev.location is not None and ev.location.name == site, (text, ev.location)
        assert ev.location.country == country, (text, ev.location)


# ------------------------ "arrested earlier this week ... detained on Tuesday": the exact day
def test_a_day_inside_a_vaguer_span_dates_the_merged_event():
    for text, published, day in (
            ("ZAGREB, Sept 18 (Reuters) - A court on Friday ordered custody for two customs "
             "officials who were arrested earlier this week on suspicion of smuggling. The two "
             "men were detained on Tuesday at a checkpoint near Osijek by border police, "
             "prosecutors said.", "2026-09-18", "2026-09-15"),
            ("Police arrested three journalists earlier this week in Kisumu, their union said "
             "on Saturday. The three were detained on Wednesday outside their office in "
             "Kisumu, it said.", "2026-06-13", "2026-06-10")):
        evs = [e for e in of_type(pipeline_events(text, published), "COERCE")
               if e.type.acled_sub_event_type == "Arrests"]
        assert evs and all(str(e.time.start) == day and str(e.time.end) == day for e in evs), (
            text, [e.time for e in evs])


# ------------------ "killing 15 fighters who were fleeing": the killed, not the displaced
def test_what_the_killed_were_doing_does_not_make_them_displaced():
    from .conftest import counts
    for text, n in (
            ("Helicopters struck a convoy of trucks east of Kidal on Monday, killing about 15 "
             "militants who were fleeing towards the Algerian border, the army said.", 15),
            ("An air strike killed nine insurgents fleeing across the river near Tillia on "
             "Sunday, the ministry said.", 9)):
        ev = of_type(pipeline_events(text, "2026-03-27"), "ASSAULT")[0]
        assert [v for v, _ in counts(ev, "killed")] == [n], (text, ev.quantities)
        assert not counts(ev, "displaced"), (text, ev.quantities)
