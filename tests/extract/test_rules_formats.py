"""A standing format of a few states and its members stand for each other (issue #12,
docs/history/extraction-log.md, "Twenty-first pass: participants"): real sentences of test-w and
test-c, tuning splits, whose gold files list the format's members, or the format."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.actors import format_sides
from timeline.gazetteer.codes import organizations
from timeline.model import ActorType, EventKind, Participant

from .conftest import article_events as events


def test_a_summit_of_the_v4_has_its_four_states(tmp_path: Path) -> None:
    body = (
        "Reminding that the V4 Prime Ministers held a summit in Budapest on 26 January 2018, "
        "the ministers discussed the region."
    )
    summits = [e for e in events(tmp_path, body, "2018-02-20") if e.kind.value == "summit"]
    (summit,) = summits
    assert "V4" in summit.organizations
    assert {"CZ", "HU", "PL", "SK"} <= set(summit.countries)


def test_the_five_central_asian_states_at_their_summit_are_the_c5(tmp_path: Path) -> None:
    body = "The first summit of the heads of Central Asian states was held in March 2018."
    (summit,) = events(tmp_path, body, "2019-11-20")
    assert {"KG", "KZ", "TJ", "TM", "UZ"} <= set(summit.countries)
    assert "C5" in summit.organizations


def _sides(*codes: str) -> list[Participant]:
    return [
        Participant(
            id=c, type=ActorType.organization if c in organizations() else ActorType.country
        )
        for c in codes
    ]


@pytest.mark.parametrize("kind", [EventKind.visit, EventKind.call, EventKind.conflict])
def test_a_visit_or_a_call_of_a_format_keeps_its_sides(kind: EventKind) -> None:
    assert [p.id for p in format_sides(kind, _sides("V4", "JP"))] == ["V4", "JP"]


def test_an_organization_not_a_format_keeps_its_sides() -> None:
    # the EU and NATO have members listed but are not standing formats
    assert [p.id for p in format_sides(EventKind.summit, _sides("EU", "NATO"))] == ["EU", "NATO"]
    assert [p.id for p in format_sides(EventKind.meeting, _sides("RU", "BY"))] == ["RU", "BY"]


def test_some_members_alone_do_not_make_the_format() -> None:
    sides = format_sides(EventKind.meeting, _sides("CZ", "HU", "PL"))
    assert [p.id for p in sides] == ["CZ", "HU", "PL"]


def test_every_standing_format_lists_three_members_or_more() -> None:
    formats = [o for o in organizations().values() if o.standing_format]
    assert formats and all(len(o.members) >= 3 for o in formats)


# Review 21, finding 5: the format is added when the event's countries are its members,
# no more; the order of the formats in organizations.yaml does not decide it.
_EASTERN_FLANK = ("BG", "CZ", "EE", "HU", "LV", "LT", "PL", "RO", "SK")


def test_the_nine_eastern_flank_states_are_the_b9_not_the_v4() -> None:
    added = [p.id for p in format_sides(EventKind.summit, _sides(*_EASTERN_FLANK))][9:]
    assert added == ["B9"]


def test_a_b9_event_and_the_nine_listed_read_the_same() -> None:
    named = {p.id for p in format_sides(EventKind.summit, _sides("B9"))}
    listed = {p.id for p in format_sides(EventKind.summit, _sides(*_EASTERN_FLANK))}
    assert named == listed == {"B9", *_EASTERN_FLANK}


def test_the_six_eec_founders_are_not_the_benelux() -> None:
    founders = _sides("BE", "FR", "DE", "IT", "LU", "NL")
    assert [p.id for p in format_sides(EventKind.signing, founders)] == [
        "BE",
        "FR",
        "DE",
        "IT",
        "LU",
        "NL",
    ]


def test_a_statement_of_the_five_eyes_is_not_aukus() -> None:
    five_eyes = _sides("AU", "CA", "GB", "NZ", "US")
    assert "AUKUS" not in {p.id for p in format_sides(EventKind.statement, five_eyes)}


def test_a_format_with_a_guest_is_told_by_its_name_not_by_a_list() -> None:
    # "the V4 + Japan summit" keeps the V4 and its members; the four and Japan listed
    # are five states, as the six EEC founders are the Benelux and three more
    named = [p.id for p in format_sides(EventKind.summit, _sides("V4", "JP"))]
    assert named == ["V4", "JP", "CZ", "HU", "PL", "SK"]
    listed = format_sides(EventKind.summit, _sides("CZ", "HU", "PL", "SK", "JP"))
    assert "V4" not in {p.id for p in listed}


@pytest.mark.parametrize(
    ("body", "published", "format_code", "members"),
    [
        # test-y, russia-central-asia_17 (Aktau, 2018): the five littoral states' summits
        (
            "Earlier Caspian summits were held in Ashgabat in 2002 and in Baku in 2010.",
            "2018-08-10",
            "CASPIAN",
            {"AZ", "IR", "KZ", "RU", "TM"},
        ),
        # constructed, the Normandy format of 2014-2022 ("Normandy Four")
        (
            "Leaders of the Normandy format held a summit in Paris on Monday.",
            "2019-12-10",
            "NORMANDY",
            {"DE", "FR", "RU", "UA"},
        ),
        (
            "The foreign ministers of the Lublin Triangle met in Kyiv on Monday.",
            "2024-10-10",
            "LUBLIN",
            {"LT", "PL", "UA"},
        ),
        (
            "The Astana format summit on Syria was held by video link on Wednesday.",
            "2020-07-02",
            "ASTANAFORMAT",
            {"IR", "RU", "TR"},
        ),
    ],
)
def test_a_format_of_the_fifty_first_session_brings_its_members(
    tmp_path: Path, body: str, published: str, format_code: str, members: set[str]
) -> None:
    # data/organizations.yaml (fifty-first session): formats news names by name alone
    gatherings = [
        e for e in events(tmp_path, body, published) if e.kind.value in ("summit", "meeting")
    ]
    assert gatherings, body
    for gathering in gatherings:
        assert format_code in gathering.organizations, (body, gathering.participants)
        assert members <= set(gathering.countries), (body, gathering.countries)


def test_the_baltic_council_is_no_standing_format(tmp_path: Path) -> None:
    # test-ag, baltics_30: "On 18 October 2024, Vilnius, Lithuania, will host the 30th
    # Baltic Council"; the three states meet in many forms, so their meeting is not the
    # Council's, and the Council named does not list the three
    assert not organizations()["BALTICCOUNCIL"].standing_format
    sides = format_sides(EventKind.meeting, _sides("EE", "LV", "LT"))
    assert [p.id for p in sides] == ["EE", "LV", "LT"]
