"""The actor/target F1 over aligned events (evaluate.events.argument_f1)."""

from wirecoder.evaluate.event_fields import argument_f1, head_word


def _e(name, *aliases):
    return {"name": name, "aliases": list(aliases)}


def test_head_word_stops_at_post_modifier():
    assert head_word("members of the Black Hand") == "members"
    assert head_word("the retired army colonel") == "colonel"


def test_argument_f1_exact_and_head():
    pred = {"actors": [_e("the retired army colonel"), _e("Lyon")], "targets": []}
    gold = {"actors": [_e("colonel", "Pierre Dumas")], "targets": [_e("shop")]}
    m = argument_f1([(pred, gold)])
    assert m["actors"]["exact"]["precision"] == 0.0
    assert m["actors"]["head"]["precision"] == 0.5
    assert m["actors"]["head"]["recall"] == 1.0
    assert m["targets"]["exact"]["recall"] == 0.0
    # a role the gold does not annotate (None) is not counted
    assert m["weapons"]["exact"]["n_pred"] == 0
