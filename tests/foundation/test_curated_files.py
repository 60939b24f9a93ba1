"""events/ loading: every problem of every file, each with file:line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import DataErrors
from timeline.curated import load_events
from timeline.event_writer import dump_event, write_agreement, write_event


def _write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
id: 2022-05-visit-kz-tr
kind: visit
title: Tokayev's state visit
date:
  start: '2022-05-21'
  end: '2022-05-31'
  precision: month
  mod: end
  value: 2022-05
status: occurred
participants:
- {id: KZ, type: country, role: visitor}
sources:
- {document: doc, quote: abc, start: 0, end: 3}
"""


def test_repository_events_load(repo_root: Path) -> None:
    timeline = load_events(repo_root / "events")
    assert len(timeline) >= 6
    assert all(e.sources for e in timeline)


def test_the_issue_example_message(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "events/2022/tokayev-visit.yaml",
        GOOD.replace(
            "start: '2022-05-21'\n  end: '2022-05-31'\n  precision: month\n  mod: end\n"
            "  value: 2022-05",
            "start: '2022-05-31'\n  end: '2022-05-01'\n  precision: day\n  value: 2022-05-31",
        ),
    )
    with pytest.raises(DataErrors) as info:
        load_events(tmp_path / "events")
    assert [e.format() for e in info.value.errors] == [
        "events/2022/tokayev-visit.yaml:6: date.end 2022-05-01 is before date.start 2022-05-31"
    ]


def test_every_problem_in_one_run(tmp_path: Path) -> None:
    _write(tmp_path, "events/2022/a.yaml", GOOD.replace("status: occurred", "status: occured"))
    _write(tmp_path, "events/2022/b.yaml", "kind: visit\ntitle: [unclosed\n")
    _write(
        tmp_path,
        "events/2023/c.yaml",
        GOOD.replace("id: 2022-05-visit-kz-tr", "id: other")
        .replace("{id: KZ, type: country, role: visitor}", "{id: XX, type: country}")
        .replace("title: Tokayev's state visit", "title: T\nwhen: now"),
    )
    _write(tmp_path, "events/2024/d.yaml", GOOD.replace("kind: visit\n", ""))
    _write(tmp_path, "events/2024/e.yaml", GOOD)
    _write(tmp_path, "events/2024/f.yaml", GOOD)
    with pytest.raises(DataErrors) as info:
        load_events(tmp_path / "events")
    assert str(info.value).splitlines() == [
        "6 problems found:",
        "events/2022/a.yaml:10: status 'occured' is not allowed: expected 'occurred', 'planned', "
        "'postponed' or 'cancelled'",
        "events/2022/b.yaml:3: is not valid YAML: expected ',' or ']', but got '<stream end>'",
        "events/2023/c.yaml:4: when is not a field of this record: remove it or check its spelling",
        "events/2023/c.yaml:13: participants[0] unknown country code 'XX': use an ISO 3166-1 "
        "alpha-2 code such as TR or KZ",
        "events/2024/d.yaml:1: kind is required",
        "events/2024/f.yaml:1: id '2022-05-visit-kz-tr' is already defined in "
        "events/2024/e.yaml: give one of them another id",
    ]


def test_dangling_references(tmp_path: Path) -> None:
    _write(tmp_path, "events/2022/a.yaml", GOOD + "agreement: no-such-agreement\nrelated: [nope]\n")
    with pytest.raises(DataErrors) as info:
        load_events(tmp_path / "events")
    assert [e.format() for e in info.value.errors] == [
        "events/2022/a.yaml:15: agreement names agreement 'no-such-agreement', which has no file "
        "events/agreements/no-such-agreement.yaml: add it or fix the id",
        "events/2022/a.yaml:16: related[0] names event 'nope', which is not defined: fix the id "
        "or remove it",
    ]


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DataErrors.__mro__[1], match="is not a folder of event files"):
        load_events(tmp_path / "nothing")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "events" / "x.yaml"
    path.parent.mkdir()
    path.write_bytes(b"title: caf\xe9\n")
    expected = r"x.yaml:1: is not UTF-8 text \(byte 10\): save it as UTF-8"
    with pytest.raises(DataErrors, match=expected):
        load_events(tmp_path / "events")


def test_write_then_load_round_trip(repo_root: Path, tmp_path: Path) -> None:
    timeline = load_events(repo_root / "events")
    for e in timeline:
        write_event(e, tmp_path / "events")
    for a in timeline.agreements:
        write_agreement(a, tmp_path / "events")
    again = load_events(tmp_path / "events")
    assert again.events == timeline.events
    assert again.agreements == timeline.agreements


def test_dump_is_stable_and_readable(repo_root: Path) -> None:
    timeline = load_events(repo_root / "events")
    for e in timeline:
        text = dump_event(e)
        assert text.startswith(f"id: {e.id}\nkind: {e.kind.value}\n")
        assert dump_event(e) == text


def test_docs_example_is_the_real_file(repo_root: Path) -> None:
    doc = (repo_root / "docs" / "events.md").read_text(encoding="utf-8")
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    real = (repo_root / "events" / "2022" / "2022-05-visit-kz-tr.yaml").read_text("utf-8")
    assert example == real


def test_references_to_a_broken_file_are_not_reported_twice(tmp_path: Path) -> None:
    _write(tmp_path, "events/2022/a.yaml", GOOD.replace("status: occurred", "status: occured"))
    _write(
        tmp_path,
        "events/2022/b.yaml",
        GOOD.replace("id: 2022-05-visit-kz-tr", "id: other") + "related: [2022-05-visit-kz-tr]\n",
    )
    with pytest.raises(DataErrors) as info:
        load_events(tmp_path / "events")
    assert [e.path for e in info.value.errors] == ["events/2022/a.yaml"]
