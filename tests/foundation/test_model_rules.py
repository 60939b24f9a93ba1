from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from timeline import DateMod, Event, EventDate, Participant, Precision, Source
from timeline.model import KIND_EXAMPLES, EventKind, Location, make_event_id


def _event(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "kind": "visit",
        "title": "A visit",
        "date": {"value": "2022-05-10"},
        "status": "occurred",
        "participants": [{"id": "TR", "type": "country"}],
        "sources": [{"document": "doc", "quote": "abc", "start": 0, "end": 3}],
    }
    base.update(over)
    return base


def _message(exc: ValidationError) -> str:
    return exc.errors()[0]["msg"].removeprefix("Value error, ")


def test_year_is_a_year_never_a_day() -> None:
    d = EventDate.from_value("2024", text="in 2024")
    assert (d.start, d.end, d.precision) == (date(2024, 1, 1), date(2024, 12, 31), Precision.year)
    assert d.label() == "2024"


@pytest.mark.parametrize(
    ("value", "mod", "label"),
    [
        ("2022-05-10", None, "10 May 2022"),
        ("2022-03-29/2022-03-30", None, "29–30 March 2022"),
        ("2022-03-30/2022-04-02", None, "30 March – 2 April 2022"),
        ("2022-05", DateMod.end, "late May 2022"),
        ("2022-05", DateMod.start, "early May 2022"),
        ("2023", DateMod.mid, "mid-2023"),
        ("2022-FA", None, "autumn 2022"),
        ("2022-WI", None, "winter 2022"),
        ("2022-Q3", None, "Q3 2022"),
        ("199X", None, "the 1990s"),
        ("2022-05", DateMod.approximate, "around May 2022"),
    ],
)
def test_labels_show_only_the_precision_there_is(
    value: str, mod: DateMod | None, label: str
) -> None:
    assert EventDate.from_value(value, mod).label() == label


def test_start_end_and_value_must_agree() -> None:
    with pytest.raises(ValidationError) as info:
        EventDate.model_validate(
            {"start": "2022-05-01", "end": "2022-05-31", "precision": "month", "value": "2022-06"}
        )
    assert _message(info.value) == (
        "date 2022-05-01..2022-05-31 at month precision does not match value '2022-06' "
        "(2022-06-01..2022-06-30 at month precision): fix one of them, or give only the value"
    )


def test_end_before_start_is_named_like_the_issue_says() -> None:
    with pytest.raises(ValidationError) as info:
        EventDate.model_validate(
            {"start": "2022-05-31", "end": "2022-05-01", "precision": "day", "value": "2022-05-31"}
        )
    assert _message(info.value) == "date.end 2022-05-01 is before date.start 2022-05-31"


def test_interval_alone_derives_the_value() -> None:
    d = EventDate.model_validate({"start": "2022-05-01", "end": "2022-05-31", "precision": "month"})
    # start/end/precision given without a value: derive it
    assert d.value == "2022-05"


def test_precision_cannot_be_invented() -> None:
    with pytest.raises(ValidationError, match="does not match value '2024'"):
        EventDate.model_validate(
            {"start": "2024-01-01", "end": "2024-01-01", "precision": "year", "value": "2024"}
        )


def test_sort_key_puts_wider_first_then_by_start() -> None:
    dates = [
        EventDate.from_value(v) for v in ["2022-05-10", "2022-05", "2022", "2022-04-30", "2022-FA"]
    ]
    ordered = [d.value for d in sorted(dates, key=lambda d: d.sort_key)]
    assert ordered == ["2022", "2022-04-30", "2022-05", "2022-05-10", "2022-FA"]


def test_person_implies_country() -> None:
    e = Event.model_validate(
        _event(
            participants=[
                {
                    "id": "recep-tayyip-erdogan",
                    "name": "Recep Tayyip Erdoğan",
                    "type": "person",
                    "country": "TR",
                    "role": "visitor",
                }
            ]
        )
    )
    assert e.countries == ["TR"]
    assert e.participants[-1].role.value == "visitor"


@pytest.mark.parametrize(
    ("participant", "message"),
    [
        (
            {"id": "XX", "type": "country"},
            "unknown country code 'XX': use an ISO 3166-1 alpha-2 code such as TR or KZ",
        ),
        (
            {"id": "tr", "type": "country"},
            "unknown country code 'tr': use an ISO 3166-1 alpha-2 code such as TR or KZ",
        ),
        ({"id": "NOPE", "type": "organization"}, "unknown organization code 'NOPE': use one of"),
        (
            {"id": "Erdogan", "type": "person", "name": "Erdoğan"},
            "person id 'Erdogan' is not a slug",
        ),
        ({"id": "someone", "type": "person"}, "person 'someone' needs a name"),
        (
            {"id": "TR", "type": "country", "country": "TR"},
            "only a person has a country; 'TR' is a country",
        ),
    ],
)
def test_unknown_codes(participant: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        Participant.model_validate(participant)
    assert _message(info.value).startswith(message)


def test_names_come_from_the_gazetteer() -> None:
    assert Participant(id="KZ", type="country").name == "Kazakhstan"
    assert Participant(id="OTS", type="organization").name == "Organization of Turkic States"


def test_source_span_must_match_quote_length() -> None:
    with pytest.raises(ValidationError) as info:
        Source(document="d", quote="abcd", start=0, end=3)
    assert _message(info.value) == "quote is 4 characters but start..end 0..3 spans 3"


def test_location_needs_both_coordinates() -> None:
    with pytest.raises(ValidationError, match="give both latitude and longitude"):
        Location(name="Tashkent", latitude=41.3)


def test_event_needs_a_source() -> None:
    with pytest.raises(ValidationError, match="at least 1 item"):
        Event.model_validate(_event(sources=[]))


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Event.model_validate(_event(when="yesterday"))


def test_id_is_derived_and_stable() -> None:
    a = Event.model_validate(
        _event(participants=[{"id": "UZ", "type": "country"}, {"id": "TR", "type": "country"}])
    )
    b = Event.model_validate(
        _event(participants=[{"id": "TR", "type": "country"}, {"id": "UZ", "type": "country"}])
    )
    assert a.id == b.id == "2022-05-10-visit-tr-uz"


def test_id_of_imprecise_dates_uses_the_timex_value() -> None:
    d = EventDate.from_value("2022-FA")
    assert make_event_id(EventKind.visit, d, []) == "2022-fa-visit"


def test_every_kind_has_an_example() -> None:
    assert set(KIND_EXAMPLES) == set(EventKind)
