"""`event_places.named_province`: the "X province" a sentence names, as an admin1 place, keeps the
name as the text writes it when the gazetteer spells the same name with diacritics."""

from __future__ import annotations

from datetime import date

from wirecoder.events.event_places import _akey, named_province
from wirecoder.language import load_nlp
from wirecoder.records import Analysis, Anchor, Document


def _analysis(text: str) -> Analysis:
    doc = Document(id=Document.make_id(text), text=text, published=date(2026, 5, 6))
    return Analysis(document=doc, doc=load_nlp()(text), anchor=Anchor(date(2026, 5, 6), "t"))


def test_province_keeps_the_texts_spelling():
    text = "Two shops burned in Logar province after the storm."
    a = _analysis(text)
    sent = next(iter(a.doc.sents))
    p = named_province(a, sent, text.index("burned"), "AF")
    assert p is not None and p.precision == "admin1"
    assert p.name == "Logar"
    assert p.country == "AF" and _akey(p.admin1) == "logar"
    assert p.evidence and text[p.evidence[0].start:p.evidence[0].end] == "Logar province"
