"""An attack named only as what a toll counts ("The death toll from the shelling of the
market has risen to 19, officials said Wednesday"): dated by the report, not by the attack,
it is the attack told in the sentence next to it ("... were wounded when shells hit the
market on Monday"), which gives the day."""

from __future__ import annotations

from .draft import Draft, _place_ok, _sent_distance
from .tallies import counted_by_a_toll


def named_by_a_toll(d: Draft) -> bool:
    """The trigger is the object of "toll from/of/in" (possibly through "the X of Y")."""
    return counted_by_a_toll(d.trigger.token)


def toll_and_its_act(e: Draft, d: Draft) -> bool:
    """One of two neighbouring assaults of one kind is named only by the toll the other's
    harm adds up to: the same attack, whatever day the toll's report gives it."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT") or _sent_distance(e, d) > 2:
        return False
    if named_by_a_toll(e) == named_by_a_toll(d) or d.new_event:
        return False
    toll = e if named_by_a_toll(e) else d
    if e.typed.acled and d.typed.acled and e.typed.acled != d.typed.acled and toll.typed.mode:
        return False  # (a toll of "an attack", "the raids" names no means: the act told says)
    if e.modality != d.modality:
        return False
    return _place_ok(e.local_place(), d.local_place())


def act_dates_the_toll(into: Draft, other: Draft) -> None:
    """After folding: the day the act itself is told on is the event's day."""
    if named_by_a_toll(into) and other.time is not None and other.time.start is not None:
        into.time = other.time
