"""infer_anchor and the stage's anchor priority (--published > metadata > the text)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wirecoder.pipeline import PipelineOptions
from wirecoder.records import Analysis, Document
from wirecoder.time import infer_anchor
from wirecoder.time.stage import TimeStage, choose_anchor

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "article.txt"
TODAY = date(2026, 11, 25)


def test_weekday_beside_a_date_fixes_the_year() -> None:
    text = "CENTCOM announced on Sunday (November 30th) that forces struck caches."
    anchor = infer_anchor(text, today=TODAY, document_id="d")
    # 2026-11-30 is after today; the most recent Sunday November 30th is 2025's
    assert anchor.date == date(2025, 11, 30)
    assert anchor.source == "weekday+date in text"
    assert anchor.evidence[0].text == "Sunday (November 30th)"
    assert text[anchor.evidence[0].start:anchor.evidence[0].end] == "Sunday (November 30th)"


def test_seed_article_anchor() -> None:
    if not SEED.exists():
        return
    anchor = infer_anchor(SEED.read_text(encoding="utf-8"), today=TODAY)
    assert anchor.date == date(2025, 11, 30)
    assert "2025-11-30" in anchor.describe()


def test_never_after_today() -> None:
    anchor = infer_anchor("The summit opened on Friday, December 5th.", today=date(2026, 1, 10))
    assert anchor.date <= date(2026, 1, 10)
    assert anchor.date.isoweekday() == 5 and (anchor.date.month, anchor.date.day) == (12, 5)


def test_full_date_in_text() -> None:
    anchor = infer_anchor("The accord was signed on March 3, 2021 in Doha.", today=TODAY)
    assert anchor.date == date(2021, 3, 3)
    assert anchor.source == "latest full date in text"


def test_month_day_without_year_takes_the_most_recent_year() -> None:
    anchor = infer_anchor("Talks resumed on December 20.", today=TODAY)
    assert anchor.date == date(2025, 12, 20)


def test_no_date_falls_back_to_today_and_says_so() -> None:
    anchor = infer_anchor("Fighting continued in the north.", today=TODAY)
    assert anchor.date == TODAY
    assert anchor.source.startswith("today")


def _analysis(text: str, published: date | None = None) -> Analysis:
    return Analysis(document=Document(id="d1", text=text, published=published))


def test_stage_prefers_published_option_then_metadata_then_text() -> None:
    text = "CENTCOM announced on Sunday (November 30th) that forces struck caches yesterday."
    a = _analysis(text, published=date(2025, 12, 1))
    assert choose_anchor(a, PipelineOptions(published=date(2025, 12, 2))).source == "--published"
    assert choose_anchor(a, PipelineOptions()).date == date(2025, 12, 1)
    assert choose_anchor(a, PipelineOptions()).source == "metadata"
    b = _analysis(text)
    assert choose_anchor(b, PipelineOptions(today=TODAY)).date == date(2025, 11, 30)


def test_stage_fills_anchor_and_timexes() -> None:
    stage = TimeStage(PipelineOptions(today=TODAY))
    assert stage.name == "time" and stage.requires == ("doc",)
    assert stage.assigns == ("anchor", "timexes")
    a = _analysis("CENTCOM announced on Sunday (November 30th) that forces struck yesterday.")
    stage(a)
    assert a.anchor is not None and a.anchor.date == date(2025, 11, 30)
    values = {t.span.text: t.value for t in a.timexes}
    assert values["yesterday"] == "2025-11-29"
    assert all(t.span.document_id == "d1" for t in a.timexes)
