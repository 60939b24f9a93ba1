"""PLOVER JSON lines: every line valid against a schema written from the PLOVER manual."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from timeline import Event, Timeline
from timeline.formats import FORMATS, RenderOptions
from timeline.formats.plover import Coding, coded, mapping


@pytest.fixture(scope="module")
def validator(data_dir: Path) -> Draft202012Validator:
    schema = json.loads((data_dir / "plover" / "event.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def lines(timeline: Timeline) -> list[dict[str, object]]:
    text = FORMATS["plover"].render(timeline, RenderOptions()).decode("utf-8")
    assert text.endswith("\n") or not text
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("source", ["fixture", "repository"])
def test_every_line_is_valid(
    validator: Draft202012Validator, fixture_timeline: Timeline, repo_root: Path, source: str
) -> None:
    from timeline import load_events

    timeline = fixture_timeline if source == "fixture" else load_events(repo_root / "events")
    records = lines(timeline)
    assert records
    for record in records:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, (record["id"], [e.message for e in errors])


def _event(make: dict[str, object]) -> Event:
    base: dict[str, object] = {
        "kind": "visit",
        "title": "A visit",
        "date": {"value": "2022-03-29"},
        "status": "occurred",
        "participants": [
            {"id": "TR", "type": "country", "role": "visitor"},
            {"id": "UZ", "type": "country", "role": "host"},
        ],
        "sources": [{"document": "d", "quote": "q", "start": 0, "end": 1}],
    }
    base.update(make)
    return Event.model_validate(base)


@pytest.mark.parametrize(
    ("changes", "event", "mode"),
    [
        ({}, "CONSULT", ("visit",)),
        ({"kind": "call"}, "CONSULT", ("phone",)),
        ({"kind": "summit"}, "CONSULT", ("multilateral",)),
        ({"kind": "signing"}, "SUPPORT", ()),
        ({"kind": "exercise"}, "COOPERATE", ()),
        ({"kind": "exercise", "participants": [{"id": "TR", "type": "country"}]},
         "MOBILIZE", ("troops",)),
        ({"status": "planned"}, "AGREE", ()),
        ({"kind": "signing", "status": "planned"}, "AGREE", ()),
    ],
)  # fmt: skip
def test_kinds_map_as_the_table_says(
    changes: dict[str, object], event: str, mode: tuple[str, ...]
) -> None:
    got = coded(_event(changes))
    assert isinstance(got, Coding)
    assert (got.event, got.mode) == (event, mode)


def test_visitor_is_the_actor_host_the_recipient() -> None:
    (record,) = lines(Timeline([_event({})]))
    assert record["actor"] == [{"code": "TUR", "sector": "GOV"}]
    assert record["recipient"] == [{"code": "UZB", "sector": "GOV"}]
    assert record["quad_code"] == 1 and record["event_scale"] == 4.0


def test_uncoded_events_are_left_out() -> None:
    skipped = [_event({"kind": "decree"}), _event({"status": "cancelled"})]
    assert all(isinstance(coded(e), str) for e in skipped)
    assert lines(Timeline(skipped)) == []


def test_every_kind_is_in_the_table() -> None:
    from timeline import EventKind

    assert set(mapping()["kinds"]) == {k.value for k in EventKind}


def test_docs_table_matches_the_mapping(repo_root: Path) -> None:
    """docs/json.md shows data/plover.yaml as a table: every kind, its event, mode, context."""
    import re

    text = (repo_root / "docs" / "json.md").read_text("utf-8")
    rows = dict(
        re.findall(r"^\| `(\w+)` \| ((?:[A-Z]+|\(not written\)) \|[^|]*\|[^|]*)\|", text, re.M)
    )
    for kind, rule in mapping()["kinds"].items():
        assert kind in rows, f"{kind} is not in the PLOVER table of docs/json.md"
        event, mode, context = (c.strip() for c in rows[kind].split("|"))
        if rule is None:
            assert event == "(not written)"
            continue
        assert (event, mode, context) == (
            rule["event"],
            rule.get("mode", ""),
            ", ".join(rule.get("context", ())),
        ), kind


def test_a_former_state_is_coded_by_its_iso_3166_3_alpha_3() -> None:
    """The Soviet Union (SU) as SUN, Czechoslovakia (CS) as CSK: not Russia, not Serbia."""
    visit = _event({
        "participants": [
            {"id": "SU", "type": "country", "role": "visitor"},
            {"id": "CS", "type": "country", "role": "host"},
        ],
    })  # fmt: skip
    (record,) = lines(Timeline([visit]))
    assert record["actor"] == [{"code": "SUN", "sector": "GOV"}]
    assert record["recipient"] == [{"code": "CSK", "sector": "GOV"}]
