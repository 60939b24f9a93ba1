"""`timeline.Filter`: spellings, lists, dates, unknown values, and one selection everywhere."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import EventKind, Filter, Status, Timeline, UsageError
from timeline.cli import main
from timeline.formats.timeline_json import write_file

#: Spellings people type, and the code each one means.
COUNTRY_SPELLINGS = [
    ("KZ", "KZ"), ("kz", "KZ"), ("Kazakhstan", "KZ"), ("KAZAKHSTAN", "KZ"), ("KAZ", "KZ"),
    ("TR", "TR"), ("tr", "TR"), ("Turkey", "TR"), ("Türkiye", "TR"), ("Turkiye", "TR"),
    ("TUR", "TR"), ("türkiye", "TR"), (" Republic of Türkiye ", "TR"),
    ("uz", "UZ"), ("Uzbekistan", "UZ"), ("UZB", "UZ"), ("Tajikistan", "TJ"),
]  # fmt: skip


@pytest.mark.parametrize(("spelling", "code"), COUNTRY_SPELLINGS)
def test_country_spellings_resolve_to_the_code(spelling: str, code: str) -> None:
    assert Filter.of(country=spelling).countries == (code,)


@pytest.mark.parametrize(
    ("spelling", "code"),
    [("OTS", "OTS"), ("ots", "OTS"), ("Turkic Council", "OTS"), ("turkic council", "OTS"),
     ("Organization of Turkic States", "OTS"), ("CCTS", "OTS"), ("sco", "SCO")],
)  # fmt: skip
def test_organization_spellings(spelling: str, code: str) -> None:
    assert Filter.of(organization=spelling).organizations == (code,)


@pytest.mark.parametrize(
    ("field", "spelling", "value"),
    [("kind", "Summit", EventKind.summit), ("kind", "VISIT", EventKind.visit),
     ("kind", "entry-into-force", EventKind.entry_into_force),
     ("kind", "Entry into force", EventKind.entry_into_force),
     ("status", "Occurred", Status.occurred), ("status", "PLANNED", Status.planned)],
)  # fmt: skip
def test_kinds_and_statuses_in_any_case(field: str, spelling: str, value: object) -> None:
    got = Filter.of(**{field: spelling})
    assert (got.kinds if field == "kind" else got.statuses) == (value,)


def test_lists_dates_and_equality() -> None:
    a = Filter.of(country=["Türkiye", "kz"], since="2022-01-01", until=date(2022, 12, 31))
    b = Filter.of(country=("KZ", "TUR"), since=date(2022, 1, 1), until="2022-12-31")
    assert a == b and hash(a) == hash(b)
    assert a.countries == ("KZ", "TR")
    assert Filter.from_query({"country": ["Türkiye,kz"], "since": "2022-01-01",
                              "until": "2022-12-31", "_size": "max"}) == a  # fmt: skip
    assert Filter.from_query(a.to_query()) == a
    assert not Filter.of() and Filter.of(text="x")


@pytest.mark.parametrize(
    ("conditions", "message"),
    [
        ({"country": "Kazakstan"}, "unknown country 'Kazakstan': did you mean Kazakhstan (KZ)"),
        ({"country": "Turky"}, "unknown country 'Turky': did you mean Türkiye (TR)"),
        ({"organization": "Turkik Council"},
         "unknown organization 'Turkik Council': did you mean Organization of Turkic States"),
        ({"kind": "sumit"}, "unknown kind 'sumit': did you mean summit"),
        ({"status": "occured"}, "unknown status 'occured': did you mean occurred?"),
        ({"since": "May 2022"}, "since 'May 2022' is not a date: use YYYY-MM-DD"),
        ({"since": "2023-01-01", "until": "2022-01-01"}, "since 2023-01-01 is after until"),
        ({"participant": "Erdogan!"}, "unknown participant 'Erdogan!'"),
    ],
)  # fmt: skip
def test_unknown_values_name_themselves_and_suggest(
    conditions: dict[str, str], message: str
) -> None:
    with pytest.raises(UsageError) as caught:
        Filter.of(**conditions)
    assert str(caught.value).startswith(message)


def test_people_by_name_or_slug(fixture_timeline: Timeline) -> None:
    by_name = fixture_timeline.filter(participant="Recep Tayyip Erdoğan")
    by_slug = fixture_timeline.filter(participant="recep-tayyip-erdogan")
    assert [e.id for e in by_name] == [e.id for e in by_slug] != []


#: Filters as people write them, each paired with the same filter in codes.
SELECTIONS = [
    ({"country": "Kazakhstan"}, {"country": "KZ"}),
    ({"country": "türkiye"}, {"country": "TR"}),
    ({"country": ["Turkey", "uzb"]}, {"country": ["TR", "UZ"]}),
    ({"organization": "turkic council"}, {"organization": "OTS"}),
    ({"kind": ["Summit", "VISIT"]}, {"kind": ["summit", "visit"]}),
    ({"status": "Planned"}, {"status": "planned"}),
    ({"country": "kz", "kind": "Visit"}, {"country": "KZ", "kind": "visit"}),
    ({"since": "2022-05-10", "until": "2022-05-31"},
     {"since": date(2022, 5, 10), "until": date(2022, 5, 31)}),
    ({"text": "CUSTOMS"}, {"text": "customs"}),
]  # fmt: skip


def _cli_args(conditions: dict[str, object]) -> list[str]:
    args: list[str] = []
    for name, value in conditions.items():
        for one in value if isinstance(value, list) else [value]:
            args += [f"--{name}", str(one)]
    return args


@pytest.mark.parametrize(("spelled", "coded"), SELECTIONS)
def test_api_and_cli_select_the_same_events(
    fixture_timeline: Timeline, tmp_path: Path, spelled: dict[str, object],
    coded: dict[str, object],
) -> None:  # fmt: skip
    expected = [e.id for e in fixture_timeline.filter(**coded)]
    assert expected, "each selection keeps some events"
    assert [e.id for e in fixture_timeline.filter(**spelled)] == expected
    assert [e.id for e in fixture_timeline.filter(Filter.of(**spelled))] == expected
    source = write_file(fixture_timeline, tmp_path / "fixture.json")
    result = CliRunner().invoke(main, ["export", "json", "-i", str(source), *_cli_args(spelled)])
    assert result.exit_code == 0, result.output
    assert [e["id"] for e in json.loads(result.stdout)["events"]] == expected
