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
