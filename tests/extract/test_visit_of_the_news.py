"""An undated visit of two states takes the day of the contact of theirs the news told
(:meth:`timeline.extract.discourse.Discourse._contact_of`; sixty-eighth pass: "It is
Merkel's first visit to Iceland as chancellor" after the talks of the day). Articles of
our own, in the manner of the tuning sets' pages."""

from __future__ import annotations

from pathlib import Path

from .conftest import document_events

_TALKS = (
    "Chinese President Xi Jinping held talks with Kiribati President Taneti Mamau on Monday. "
    "The two sides discussed trade, fisheries and climate change. "
)


def _visits(folder: Path, body: str) -> list[tuple[str, list[str]]]:
    text = f"Xi hails ties with Kiribati\ndate 2020-01-07\n\n{_TALKS}{body}\n"
    return [
        (e.date.value, sorted(e.countries))
        for e in document_events(folder, text)
        if e.kind.value == "visit"
    ]


def test_an_undated_visit_takes_the_day_of_the_talks(tmp_path: Path) -> None:
    visits = _visits(
        tmp_path,
        "It is Mamau's first visit to China as president, and Xi called it an important "
        "landmark in China-Kiribati ties.",
    )
    assert visits == [("2020-01-06", ["CN", "KI"])]
