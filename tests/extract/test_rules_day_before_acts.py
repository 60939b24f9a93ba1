"""An undated act of the news takes the day of the act of its sides told the day before.

An undated lede is dated by the publication day; news published in the morning often
tells an act decided the day before at a session, talks or a statement the article
dates: "La Francophonie (OIF) ... has suspended Guinea's membership" and "On Thursday,
the OIF held an extraordinary session in Paris" (published on Friday). The act takes
that day (:func:`timeline.extract.coreference.told_the_day_before`), whatever the kind
of the act that gives it. Not the day of an arrival ("arrived in Vientiane on April 4
evening" to attend the summit of the publication day), not when the lede writes its
own day ("in a meeting ... on Tuesday"), and not when the article dates the act of the
lede's sentence on the publication day itself ("have decided at an extraordinary
summit" and "attended the summit on Sunday"). Real articles of seven tuning splits
(test-n, test-m, test-f, test-e, test-v, test-z, test-l), copied into
tests/data/extract/day_before_acts.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.extract import extract_document
from timeline.extract.pipeline import read_document
from timeline.model import Event, EventKind


def _events(extract_data: Path, prefix: str) -> tuple[str, list[Event]]:
    (path,) = (extract_data / "day_before_acts").glob(f"{prefix}*.txt")
    doc = read_corpus([path])[0]
    assert doc.published is not None
    return doc.published.isoformat(), extract_document(doc)


def _days(events: list[Event], kind: EventKind, sides: set[str]) -> set[str]:
    return {
        e.date.value
        for e in events
        if e.kind is kind and sides <= set(e.countries) | set(e.organizations)
    }


@pytest.mark.parametrize(
    ("prefix", "kind", "sides", "day"),
    [
        # "... has suspended Guinea's membership" / "On Thursday, the OIF held an
        # extraordinary session in Paris to discuss the situation in Guinea."
        ("francophonie_07", EventKind.other, {"GN", "OIF"}, "2021-09-16"),
        # "The Organisation of La Francophonie (OIF) has lifted its sanctions on Guinea" /
        # "During OIF's extraordinary session on Tuesday, ..."
        ("francophonie_06", EventKind.other, {"GN", "OIF"}, "2024-09-24"),
        # "Somalia and Ethiopia have agreed on a joint declaration" / "Erdogan late on
        # Wednesday thanked ..." after the talks in Ankara
        ("horn-of-africa_04", EventKind.adoption, {"ET", "SO"}, "2024-12-11"),
    ],
)
def test_an_undated_act_takes_the_day_of_the_session_it_came_from(
    extract_data: Path, prefix: str, kind: EventKind, sides: set[str], day: str
) -> None:
    published, events = _events(extract_data, prefix)
    assert _days(events, kind, sides) == {day}
    assert published not in _days(events, kind, sides)


@pytest.mark.parametrize(
    ("prefix", "kind", "sides"),
    [
        # "have decided at an extraordinary summit to suspend Mali" and "attended the
        # summit on Sunday" (the publication day); "had arrived in Accra on Saturday"
        ("west-africa_02", EventKind.other, {"ECOWAS", "ML"}),
        # "arrived in Vientiane on April 4 evening ... to attend the 4th MRC Summit"
        ("mekong_19", EventKind.summit, {"LA", "VN"}),
        # "Greek Prime Minister Alexis Tsipras in a meeting with Cyprus President Nicos
        # Anastasiades on Tuesday" (the lede writes its day; signing "after the talks")
        ("middle-east_20", EventKind.meeting, {"CY", "GR"}),
        # "said on Monday the presidents of both countries, who met in Buenos Aires" and
        # "traveled to Argentina on Sunday": the meeting follows the arrival (only the
        # arrival's guard keeps it on Monday)
        ("southern-cone_07", EventKind.meeting, {"AR", "CL"}),
    ],
)
def test_the_publication_day_stays_when_the_day_before_is_not_the_acts(
    extract_data: Path, prefix: str, kind: EventKind, sides: set[str]
) -> None:
    published, events = _events(extract_data, prefix)
    before = (date.fromisoformat(published) - timedelta(days=1)).isoformat()
    assert published in _days(events, kind, sides)
    assert before not in _days(events, kind, sides)


def test_the_undated_news_is_marked_not_recognised_by_its_date_object(
    extract_data: Path,
) -> None:
    """A mention dated by the publication day for want of a date carries a mark: a copy of
    its date (as :meth:`EventDate.from_value` gives out) does not make it dated."""
    (path,) = (extract_data / "day_before_acts").glob("francophonie_07*.txt")
    reader = read_document(read_corpus([path])[0]).reader
    undated = reader.undated_news()
    assert undated
    for m in reader.mentions:
        m.date = m.date.model_copy()
    assert reader.undated_news() == undated
