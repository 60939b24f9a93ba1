"""The Python API feels like Python: Timeline is a sequence, dates order and print."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import EventDate, Precision, Timeline, load_events


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return load_events("events")


def test_index_and_negative_index(timeline: Timeline) -> None:
    assert timeline[0] is timeline.events[0]
    assert timeline[-1] is timeline.events[-1]
    with pytest.raises(IndexError):
        timeline[len(timeline)]


def test_slice_is_a_timeline_with_its_agreements(timeline: Timeline) -> None:
    part = timeline[5:15]
    assert isinstance(part, Timeline)
    assert [e.id for e in part] == [e.id for e in timeline.events[5:15]]
    wanted = {e.agreement for e in part if e.agreement}
    assert {a.id for a in part.agreements} == wanted


def test_iteration_is_in_date_order(timeline: Timeline) -> None:
    keys = [e.date.sort_key for e in timeline]
    assert keys == sorted(keys)


def test_repr_is_short_and_says_what_is_inside(timeline: Timeline) -> None:
    text = repr(timeline)
    assert len(text) < 120
    assert f"{len(timeline)} events" in text
    assert f"{len(timeline.agreements)} agreements" in text
    assert repr(Timeline()) == "<Timeline: 0 events, 0 agreements>"


def test_sequence_protocol(timeline: Timeline) -> None:
    first = timeline[0]
    assert first in timeline
    assert timeline.index(first) == 0
    assert next(reversed(timeline)) is timeline[-1]


def test_sorted_by_date_works(timeline: Timeline) -> None:
    ordered = sorted(timeline, key=lambda e: e.date)
    starts = [e.date.start for e in ordered]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("2022-05-10", "2022-05-11"),  # by start
        ("2022-05-10", "2022-05-10/2022-05-12"),  # same start: the shorter first
        ("2022-05-01", "2022-05"),  # same start: the day before the month that holds it
        ("2022-Q2", "2022-05"),  # the quarter starts on 1 April
    ],
)
def test_event_dates_order_by_start_end_precision(earlier: str, later: str) -> None:
    a, b = EventDate.from_value(earlier), EventDate.from_value(later)
    assert a < b and b > a and a <= b and b >= a
    assert not b < a


def test_same_days_order_by_precision() -> None:
    month = EventDate.from_interval(date(2022, 5, 1), date(2022, 5, 31), Precision.month)
    days = EventDate.model_validate({"value": "2022-05-01/2022-05-31"})
    assert days.precision is Precision.day
    assert days < month


def test_comparing_a_date_with_something_else_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        _ = EventDate.from_value("2022-05") < date(2022, 5, 1)  # type: ignore[operator]


def test_str_of_a_date_is_its_label() -> None:
    assert str(EventDate.from_value("2022-05", "end")) == "late May 2022"
    assert f"{EventDate.from_value('2022-03-29/2022-03-30')}" == "29–30 March 2022"


def test_countries_and_organizations_are_properties(timeline: Timeline) -> None:
    event = next(e for e in timeline if e.organizations)
    assert isinstance(event.countries, list)
    assert event.organizations == sorted(set(event.organizations))


def test_to_dicts_are_json_ready(timeline: Timeline) -> None:
    import json

    rows = timeline.to_dicts()
    assert len(rows) == len(timeline)
    assert rows[0]["id"] == timeline[0].id
    json.dumps(rows)  # nothing that JSON cannot hold


def test_to_dataframe(timeline: Timeline) -> None:
    pandas = pytest.importorskip("pandas")
    frame = timeline.to_dataframe()
    assert list(frame["id"]) == [e.id for e in timeline]
    assert pandas.api.types.is_datetime64_any_dtype(frame["date_start"])
    assert frame.loc[0, "date_label"] == timeline[0].date.label()
    kz = frame[frame["countries"].map(lambda codes: "KZ" in codes)]
    assert len(kz) == len([e for e in timeline if "KZ" in e.countries])
