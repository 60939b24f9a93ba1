"""An act done "on the sidelines" (or "on the margins"), with no gathering named after it,
was done at the gathering the article told last, held by the page's day: it takes that
gathering's date, not the next summit planned (thirty-ninth session; an article of our own,
where the meeting was dropped for want of a date)."""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import document_events

ARTICLE = (
    "Gulf states and Central Asia hold first summit in Jeddah\n"
    "date 2023-07-20\n\n"
    "The leaders of the six Gulf Cooperation Council states and five Central Asian republics "
    "met in Jeddah on Wednesday for their first joint summit.\n\n"
    "In a joint statement issued after the meeting, the leaders agreed to hold the next summit "
    "in Samarkand in 2025.\n\n"
    "On the sidelines, Kazakh President Kassym-Jomart Tokayev met Qatar's emir, Sheikh Tamim "
    "bin Hamad Al Thani, and the two discussed investment.\n"
)


def test_a_meeting_on_the_sidelines_takes_the_day_of_the_gathering(tmp_path: Path) -> None:
    found = document_events(tmp_path, ARTICLE)
    meetings = [
        e.date.value
        for e in found
        if e.kind is EventKind.meeting and {"KZ", "QA"} <= set(e.countries)
    ]
    assert meetings == ["2023-07-19"], [(e.kind.value, e.date.value, e.title) for e in found]
