"""An act told by the time between it and its sentence's act is dated from that act
(:meth:`timeline.extract.dating.Dating.relative_date`, fortieth pass): "met in Riyadh on
Sunday, two days after the summit in Doha" is a summit of the Friday before, not of Sunday.
Days give a day, weeks the week of the day (TimeML's week value), months the month. The
sentences are the project's own, and one of african-union_10 (test-e); the last test keeps
an act whose own day its phrase gives.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def _dates(tmp_path: Path, body: str, published: str, kind: EventKind) -> list[str]:
    return sorted(e.date.value for e in article_events(tmp_path, body, published) if e.kind is kind)


def test_days_before_the_sentences_act(tmp_path: Path) -> None:
    body = (
        "Foreign ministers of the Gulf Cooperation Council met in Riyadh on Sunday, two days "
        "after the summit in Doha."
    )
    assert _dates(tmp_path, body, "2024-07-03", EventKind.summit) == ["2024-06-28"]
    assert _dates(tmp_path, body, "2024-07-03", EventKind.meeting) == ["2024-06-30"]


def test_a_week_gives_the_week_and_the_phrase_gives_the_sides(tmp_path: Path) -> None:
    body = (
        "Bulgarian Prime Minister Kiril Petkov met North Macedonia's Prime Minister Dimitar "
        "Kovachevski in Sofia on Tuesday, a week after the Bulgarian prime minister visited "
        "Skopje."
    )
    found = article_events(tmp_path, body, "2024-07-03")
    visit = next(e for e in found if e.kind is EventKind.visit)
    assert visit.date.value == "2024-W26"
    assert {(p.id, p.role.value) for p in visit.participants if p.role} >= {
        ("BG", "visitor"),
        ("MK", "host"),
    }
    assert visit.location is None or visit.location.name != "Sofia"
    assert _dates(tmp_path, body, "2024-07-03", EventKind.meeting) == ["2024-07-02"]


def test_a_month_gives_the_month(tmp_path: Path) -> None:
    body = (
        "Guinea's junta leader was sworn in on Friday, a month after the coup that toppled "
        "President Alpha Conde."
    )
    assert "2024-05" in _dates(tmp_path, body, "2024-07-03", EventKind.other)


def test_a_coup_a_week_before_the_measure(tmp_path: Path) -> None:
    body = (
        "The African Union on Monday suspended Burkina Faso a week after the volatile country "
        "suffered its latest coup, as diplomats from West Africa and the UN began talks with "
        "the new military leaders."
    )
    found = article_events(tmp_path, body, "2022-02-01")
    coups = [e.date.value for e in found if e.kind is EventKind.other and "coup" in e.title.lower()]
    assert coups == ["2022-W04"]  # the coup of 24 January; the suspension of the 31st


def test_an_act_whose_phrase_gives_its_day(tmp_path: Path) -> None:
    body = (
        "Putin met Erdogan in Sochi on Friday, three days before Saturday's summit of the "
        "Organization of Turkic States."
    )
    assert _dates(tmp_path, body, "2024-07-03", EventKind.summit) == ["2024-06-29"]


def test_the_news_told_again_counts_from_the_news_day(tmp_path: Path) -> None:
    # A sentence that tells the news again ("The meeting comes", "It comes", "The
    # announcement comes") and dates nothing of its own counts from the news's day, not
    # the page's (sixty-eighth pass: balkans_56 of test-az, maghreb_15 of test-t,
    # middle-east_07 of test-f)
    body = (
        "The governments of Bulgaria and North Macedonia held a joint meeting in Sofia. "
        "Prime Ministers Kiril Petkov and Dimitar Kovachevski also spoke in private. The "
        "meeting comes just a week after the Bulgarian prime minister visited Skopje."
    )
    assert _dates(tmp_path, body, "2022-01-25", EventKind.visit) == ["2022-W03"]
    body = (
        "Algeria hosted a meeting of Libya's neighbours on Thursday. It comes only three days "
        "after a summit was held in Berlin on the Libyan crisis."
    )
    assert "2020-01-20" in _dates(tmp_path, body, "2020-01-23", EventKind.summit)
    # not an act an anniversary counts: the coup is years older than the count's day
    body = (
        "ASEAN foreign ministers met in Luang Prabang on Monday. The meeting comes just three "
        "days before the three-year anniversary of the coup in Myanmar."
    )
    assert "2024-02-01" not in _dates(tmp_path, body, "2024-01-29", EventKind.other)


def test_an_act_counted_from_the_news_gives_the_news_no_day(tmp_path: Path) -> None:
    # the act counted a day back is another act: the undated lede keeps the page's day
    # rather than taking that day as its own (coreference.told_the_day_before)
    body = (
        "Bahrain has recalled its ambassador to Israel and suspended economic ties with the "
        "country, according to a statement by Bahrain's lower house of parliament.\n\n"
        "The announcement comes a day after Jordan recalled its ambassador from Israel in "
        "protest of the war."
    )
    found = article_events(tmp_path, body, "2023-11-02")
    recalls = sorted(
        (e.date.value, tuple(sorted(e.countries))) for e in found if e.kind is EventKind.other
    )
    assert recalls == [("2023-11-01", ("IL", "JO")), ("2023-11-02", ("BH", "IL"))]
