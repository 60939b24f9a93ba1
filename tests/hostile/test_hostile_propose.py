"""Issue #16, classes 6 and 12: `timeline propose` keeps hand edits, accepts rejections, locks.

Reproductions kept here: editing a ``review: proposed`` event's title and
re-running propose reverted it ("1 updated" though the extraction had not
changed); deleting a proposed file (the documented way to reject it) made
propose and build refuse with "related[0] names event ... not defined"; two
proposes at once on one folder ended in a misleading data error.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from timeline.build import check
from timeline.collection import Timeline
from timeline.curated import load_events
from timeline.errors import DataError
from timeline.event_files import event_path
from timeline.locks import LockBusy, exclusive_lock, lock_path
from timeline.model import Event
from timeline.proposed import LEDGER, digest, read_ledger
from timeline.review import propose

DATA = Path(__file__).resolve().parent.parent / "data" / "datasette"


def _event(event_id: str, start: int, **extra: Any) -> Event:
    data: dict[str, Any] = {
        "id": event_id,
        "kind": extra.pop("kind", "visit"),
        "title": extra.pop("title", f"Event {event_id}"),
        "date": {"value": "2022-05-10"},
        "status": "occurred",
        "participants": [{"id": c, "type": "country"} for c in ("KZ", "TR")],
        "sources": [{"document": "doc1", "quote": "x" * 10, "start": start, "end": start + 10}],
        "review": "proposed",
    }
    data.update(extra)
    return Event.model_validate(data)


@pytest.fixture
def found() -> Timeline:
    visit = _event("2022-05-10-visit-kz-tr", 0)
    signing = _event(
        "2022-05-10-signing-kz-tr", 20, kind="signing", related=["2022-05-10-visit-kz-tr"]
    )
    return Timeline([visit, signing])


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_hand_edit_of_a_proposal_is_kept(tmp_path: Path, found: Timeline) -> None:
    root = tmp_path / "events"
    propose(found, root)
    path = event_path(found.event("2022-05-10-visit-kz-tr"), root)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Event", "title: Edited by hand,"), encoding="utf-8")
    edited = path.read_bytes()
    report = propose(found, root)
    assert report.edited == ["2022-05-10-visit-kz-tr"]
    assert report.updated == []
    assert path.read_bytes() == edited
    assert "kept (edited by a person)" in report.summary()
    # and when the extraction itself changes later, the edit still wins
    changed = Timeline([e.model_copy(update={"summary": "New extraction"}) for e in found.events])
    report = propose(changed, root)
    assert report.edited == ["2022-05-10-visit-kz-tr"]
    assert report.updated == ["2022-05-10-signing-kz-tr"]
    assert path.read_bytes() == edited
    assert load_events(root).event("2022-05-10-signing-kz-tr").related == ["2022-05-10-visit-kz-tr"]


def test_unedited_proposal_follows_the_extraction(tmp_path: Path, found: Timeline) -> None:
    root = tmp_path / "events"
    propose(found, root)
    changed = Timeline([e.model_copy(update={"title": "Better title"}) for e in found.events])
    report = propose(changed, root)
    assert sorted(report.updated) == sorted(e.id for e in found.events)
    for event_id, recorded in read_ledger(root).items():
        path = event_path(changed.event(event_id), root)
        assert recorded == digest(path.read_bytes())


def test_rejected_proposal_breaks_nothing(tmp_path: Path, found: Timeline) -> None:
    root = tmp_path / "events"
    propose(found, root)
    event_path(found.event("2022-05-10-visit-kz-tr"), root).unlink()
    # the signing still names the rejected visit in its file: loading drops the link
    signing_path = event_path(found.event("2022-05-10-signing-kz-tr"), root)
    assert "2022-05-10-visit-kz-tr" in signing_path.read_text(encoding="utf-8")
    assert load_events(root).event("2022-05-10-signing-kz-tr").related == []
    report = propose(found, root)
    assert report.skipped == ["2022-05-10-visit-kz-tr"]
    assert report.updated == ["2022-05-10-signing-kz-tr"]  # rewritten without the link
    assert "2022-05-10-visit-kz-tr" not in signing_path.read_text(encoding="utf-8")
    assert [e.id for e in load_events(root)] == ["2022-05-10-signing-kz-tr"]
    before = _files(root)
    assert propose(found, root).skipped == ["2022-05-10-visit-kz-tr"]
    assert _files(root) == before


def test_link_to_an_undefined_event_not_rejected_is_still_an_error(
    tmp_path: Path, found: Timeline
) -> None:
    root = tmp_path / "events"
    propose(found, root)
    path = event_path(found.event("2022-05-10-signing-kz-tr"), root)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("2022-05-10-visit-kz-tr", "no-such-event"), encoding="utf-8")
    with pytest.raises(DataError, match="names event 'no-such-event', which is not defined"):
        load_events(root)


def test_build_accepts_a_rejected_proposal(tmp_path: Path) -> None:
    """The probe's case on real files: a proposal linked from another is deleted, then build."""
    for name in ("events", "corpus"):
        shutil.copytree(DATA / name, tmp_path / name)
    events = load_events(tmp_path / "events")
    root = tmp_path / "events"
    target, linking = events.events[0], events.events[1]
    # make `linking` a proposal that links to `target`, both written by propose
    proposals = Timeline(
        [
            target.model_copy(update={"review": "proposed"}),
            linking.model_copy(update={"review": "proposed", "related": [target.id]}),
        ]
    )
    for e in proposals.events:
        next(p for p in root.rglob(f"{e.id}.yaml")).unlink()
    propose(proposals, root)
    next(root.rglob(f"{target.id}.yaml")).unlink()
    report = check(root, tmp_path / "corpus")
    assert target.id not in {e.id for e in report.timeline}
    assert report.timeline.event(linking.id).related == []


def test_ledger_hash_errors_name_the_line(tmp_path: Path) -> None:
    root = tmp_path / "events"
    root.mkdir()
    (root / LEDGER).write_text("# x\n2022-05-10-visit-kz-tr md5:abc\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"\.proposed\.txt:2: 'md5:abc' is not a hash"):
        read_ledger(root)


def test_propose_refuses_while_another_holds_the_folder(tmp_path: Path, found: Timeline) -> None:
    root = tmp_path / "events"
    propose(found, root)
    before = _files(root)
    with exclusive_lock(lock_path(root), busy="{holder}"):
        with pytest.raises(LockBusy, match=rf"another `timeline propose`.*pid {os.getpid()}"):
            propose(found, root)
        with pytest.raises(LockBusy, match=rf"`timeline propose` \(pid {os.getpid()}\)"):
            check(root, tmp_path)
    assert _files(root) == before


def test_two_proposes_at_once_never_give_a_data_error(tmp_path: Path) -> None:
    """The probe's case: two real processes on one folder; each wins or says who holds it."""
    root = tmp_path / "events"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = next(p for p in sorted((DATA / "corpus").glob("*.txt")) if "fixture" not in p.name)
    shutil.copy(article, corpus)
    timeline = Path(sys.executable).parent / "timeline"
    runs = [
        subprocess.Popen(
            [str(timeline), "propose", str(corpus), "--events", str(root)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode in (0, 1), err
        if run.returncode == 1:
            assert "another `timeline propose` or `timeline build` is using" in err
            assert "problem" not in err
        else:
            assert "added" in out
    assert len(load_events(root)) > 0
