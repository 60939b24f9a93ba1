"""An undated act of the news takes the day of the act of its sides told the day before.

An undated lede is dated by the publication day; news published in the morning often
tells an act decided the day before at a session, talks or a statement the article
dates: "La Francophonie (OIF) ... has suspended Guinea's membership" and "On Thursday,
the OIF held an extraordinary session in Paris" (published on Friday). The act takes
that day (:func:`timeline.extract.coreference.told_the_day_before`), whatever the kind
of the act that gives it. Not the day of an arrival ("arrived in Vientiane on April 4
evening" to attend the summit of the publication day), not when the lede writes its
own day ("in a meeting ... on Tuesday") beside an act of only one of its sides
(middle-east_20: one document, so asserted at the rule's layer on the sides the rules
read), and not when the article dates the act of the lede's sentence on the publication
day itself ("have decided at an extraordinary summit" and "attended the summit on
Sunday"). Real articles of seven tuning splits
(test-n, test-m, test-f, test-e, test-v, test-z, test-l), copied into
tests/data/extract/day_before_acts.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.extract import extract_document
from timeline.extract.coreference import told_the_day_before
from timeline.extract.participant_choice import choosing
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


def _meeting(sides: list[str], day: str, start: int) -> Event:
    return Event.model_validate(
        {
            "kind": "meeting",
            "title": "Meeting",
            "date": {"value": day},
            "status": "occurred",
            "participants": [{"id": c, "type": "country"} for c in sides],
            "sources": [{"document": "d", "quote": "x", "start": start, "end": start + 1}],
        }
    )


def test_a_lede_that_writes_its_day_keeps_it_as_the_rules_read_the_article(
    extract_data: Path,
) -> None:
    """middle-east_20, the day-before rule's own decision: the lede writes its day
    ("Greek Prime Minister Alexis Tsipras in a meeting with Cyprus President Nicos
    Anastasiades on Tuesday", the publication day) and Sisi's address "on Monday" in
    Nicosia is an act of one of its sides only, so the lede keeps Tuesday.

    One document, so it is asserted on the sides the rules read (the participant chooser
    left out, :func:`~timeline.extract.participant_choice.choosing`), not on a fitted
    chooser's pick end to end: a chooser that adds Greece to Sisi's address makes that
    act one of all the lede's sides, which the rule's contract then follows
    (:func:`test_the_rule_s_contract_for_a_lede_that_writes_its_day`; review23
    finding 19, the lead's decision of the twenty-fourth session)."""
    (path,) = (extract_data / "day_before_acts").glob("middle-east_20*.txt")
    doc = read_corpus([path])[0]
    assert doc.published is not None
    with choosing(None):
        events = extract_document(doc)
    published = doc.published.isoformat()
    before = (doc.published - timedelta(days=1)).isoformat()
    days = _days(events, EventKind.meeting, {"CY", "GR"})
    assert published in days
    assert before not in days


@pytest.mark.parametrize(
    ("monday_sides", "lede_day"),
    [
        (["EG", "CY"], "2017-11-21"),  # one of the lede's sides: another act
        (["EG", "CY", "GR"], "2017-11-20"),  # all of them: the act the lede tells
    ],
)
def test_the_rule_s_contract_for_a_lede_that_writes_its_day(
    monday_sides: list[str], lede_day: str
) -> None:
    """A lede that writes its own day (not in ``undated``) takes the day before only from
    an act of the same kind holding all its sides (middle-east_20's two meetings)."""
    lede = _meeting(["GR", "CY"], "2017-11-21", 0)
    monday = _meeting(monday_sides, "2017-11-20", 200)
    out = told_the_day_before([lede, monday], of_the_day={lede.id}, undated=())
    assert [e.date.value for e in out] == [lede_day, "2017-11-20"]


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
