"""The propose workflow: reviewed events are kept, deletions stick, re-runs are no-ops."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from timeline.collection import Timeline
from timeline.curated import load_events
from timeline.errors import DataError, DataErrors
from timeline.event_files import event_path
from timeline.event_writer import write_event
from timeline.model import Agreement, Event, ReviewStatus
from timeline.review import LEDGER, propose, same_identity


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture
def found(make_event: Callable[..., Event]) -> Timeline:
    visit = make_event(id="2022-05-10-visit-kz-tr", start=0, end=10)
    signing = make_event(
        kind="signing",
        id="2022-05-10-signing-kz-tr",
        start=20,
        end=30,
        agreement="kz-tr-joint-statement",
        related=["2022-05-10-visit-kz-tr"],
    )
    agreement = Agreement(
        id="kz-tr-joint-statement",
        title="Joint statement",
        type="joint_statement",
        parties=["KZ", "TR"],
    )
    return Timeline([visit, signing], [agreement])


def test_first_run_adds_everything_and_second_changes_nothing(
    tmp_path: Path, found: Timeline
) -> None:
    root = tmp_path / "events"
    report = propose(found, root)
    assert report.added == ["2022-05-10-signing-kz-tr", "2022-05-10-visit-kz-tr"]
    assert report.agreements_added == ["kz-tr-joint-statement"]
    before = _files(root)
    again = propose(found, root)
    assert again.added == [] and again.updated == []
    assert sorted(again.unchanged) == ["2022-05-10-signing-kz-tr", "2022-05-10-visit-kz-tr"]
    assert _files(root) == before
    lines = (root / LEDGER).read_text().splitlines()
    assert [x.split()[0] for x in lines if not x.startswith("#")] == sorted(report.added)
    assert len(load_events(root)) == 2


def test_reviewed_event_is_never_overwritten(tmp_path: Path, found: Timeline) -> None:
    root = tmp_path / "events"
    propose(found, root)
    visit = load_events(root).event("2022-05-10-visit-kz-tr")
    corrected = visit.model_copy(
        update={"title": "Tokayev's state visit", "review": ReviewStatus.reviewed}
    )
    write_event(corrected, root)
    reviewed_bytes = event_path(corrected, root).read_bytes()
    report = propose(found, root)
    assert report.kept == ["2022-05-10-visit-kz-tr"]
    assert event_path(corrected, root).read_bytes() == reviewed_bytes


def test_reviewed_event_with_another_id_is_not_duplicated(
    tmp_path: Path, found: Timeline, make_event: Callable[..., Event]
) -> None:
    root = tmp_path / "events"
    hand = make_event(id="tokayev-state-visit", value="2022-05", start=2, end=8, review="reviewed")
    write_event(hand, root)
    report = propose(found, root)
    assert report.kept == ["tokayev-state-visit"]
    assert report.added == ["2022-05-10-signing-kz-tr"]
    signing = load_events(root).event("2022-05-10-signing-kz-tr")
    assert signing.related == ["tokayev-state-visit"]


def load_events_lenient(root: Path) -> Event:
    path = root / "2022" / "2022-05-10-signing-kz-tr.yaml"
    return Event.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_deleted_event_stays_deleted(tmp_path: Path, found: Timeline) -> None:
    root = tmp_path / "events"
    propose(found, root)
    path = event_path(found.event("2022-05-10-visit-kz-tr"), root)
    path.unlink()
    # `timeline validate` tells the person to drop the reference too
    signing = load_events_lenient(root)
    write_event(signing.model_copy(update={"related": []}), root)
    report = propose(found, root)
    assert report.skipped == ["2022-05-10-visit-kz-tr"]
    assert not path.exists()
    signing = load_events(root).event("2022-05-10-signing-kz-tr")
    assert signing.related == []


def test_proposed_event_is_refreshed(
    tmp_path: Path, found: Timeline, make_event: Callable[..., Event]
) -> None:
    root = tmp_path / "events"
    propose(found, root)
    better = found.event("2022-05-10-visit-kz-tr").model_copy(update={"title": "Better title"})
    report = propose(Timeline([better]), root)
    assert report.updated == ["2022-05-10-visit-kz-tr"]
    assert load_events(root).event("2022-05-10-visit-kz-tr").title == "Better title"


def test_proposed_event_whose_id_changed_is_replaced(
    tmp_path: Path, make_event: Callable[..., Event]
) -> None:
    root = tmp_path / "events"
    propose(Timeline([make_event(id="2022-05-visit-kz-tr", value="2022-05")]), root)
    report = propose(Timeline([make_event(id="2022-05-10-visit-kz-tr")]), root)
    assert report.updated == ["2022-05-10-visit-kz-tr"]
    assert [e.id for e in load_events(root)] == ["2022-05-10-visit-kz-tr"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, True),
        ({"kind": "meeting"}, False),
        ({"value": "2022-06-01"}, False),
        ({"countries": ("UZ",)}, False),
        ({"start": 50, "end": 60}, False),
        ({"document": "other"}, False),
        ({"value": "2022-05", "start": 5, "end": 15}, True),
    ],
)
def test_same_identity(
    make_event: Callable[..., Event], change: dict[str, object], expected: bool
) -> None:
    assert same_identity(make_event(), make_event(**change)) is expected


def test_broken_events_folder_writes_nothing(tmp_path: Path, found: Timeline) -> None:
    root = tmp_path / "events"
    (root / "2022").mkdir(parents=True)
    (root / "2022" / "bad.yaml").write_text("kind: visit\n", encoding="utf-8")
    before = _files(root)
    with pytest.raises(DataErrors):
        propose(found, root)
    assert _files(root) == before


def test_broken_ledger_is_reported(tmp_path: Path, found: Timeline) -> None:
    root = tmp_path / "events"
    root.mkdir()
    (root / LEDGER).write_text("# ids\nNot An Id\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"\.proposed\.txt:2: 'Not An Id' is not an event id"):
        propose(found, root)
