"""A build after a few edits: only the changed event files read, validated and checked.

:func:`find_changes` compares events/ with the index of the last build
(:mod:`timeline.last_build`): one walk of the folder and one ``lstat`` per file;
a file whose stat is the one it had is not read. The files new or changed are read
and validated as in a full build (:func:`timeline.event_changes.load_changes`), then the
checks a full build makes across events are made against the index and the
previous database: an id defined twice, a reference to an agreement or event that
is not defined, an event removed that another still names. Whatever it cannot
show to give what a full build gives ends it with the reason, and the caller
builds in full: any file that does not validate or check (the full build then
reports every problem with its file and line, as always), an agreement file or
the proposals' ledger changed, links the last build dropped (rejected proposals)
while events are added, another code version, events folder or database, more than
:data:`~timeline.store.update.MAX_SHARE` of the files changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Document
from .event_changes import load_changes
from .event_files import AGREEMENTS_DIR, Origin
from .events_cache import EventFileCache, validator_version
from .last_build import LastBuild, database_identity
from .model import Event
from .proposed import LEDGER
from .store.update import MAX_SHARE, store_version

__all__ = ["Delta", "build_facts", "corpus_digest", "find_changes"]

_AGREEMENT = "agreement:"


@dataclass
class Delta:
    """What changed in events/ since the last build, checked as a full build checks it."""

    #: the events added or edited, each with its origin
    changed: list[tuple[Event, Origin]] = field(default_factory=list)
    #: the ids of the events no longer defined
    removed: set[str] = field(default_factory=set)
    #: the ids of the events whose rows go (edited or removed)
    gone: set[str] = field(default_factory=set)
    #: the files read again (by record), and those gone or read again (relative paths)
    files: dict[str, Origin] = field(default_factory=dict)
    gone_paths: list[str] = field(default_factory=list)
    #: how many events the timeline has, and the agreements' parties (from the database)
    events: int = 0
    agreements: int = 0
    parties: set[str] = field(default_factory=set)


def build_facts(events_dir: str | Path, db_path: str | Path) -> dict[str, str]:
    """What the index records of a build (except the corpus): the code, the folders, the
    ledger and the database published."""
    ledger = Path(events_dir) / LEDGER
    try:
        ledger_digest = hashlib.sha256(ledger.read_bytes()).hexdigest()
    except OSError:
        ledger_digest = "none"
    return {
        "versions": f"{validator_version()} {store_version()}",
        "events": os.path.abspath(events_dir),
        "ledger": ledger_digest,
        "database": database_identity(db_path),
    }


def corpus_digest(documents: Iterable[Document]) -> str:
    """A digest of the documents as read (text and metadata): another corpus, another digest."""
    digest = hashlib.sha256()
    for document in documents:
        digest.update(document.model_dump_json().encode())
        digest.update(b"\0")
    return digest.hexdigest()


def find_changes(
    events_dir: str | Path,
    db_path: str | Path,
    index: LastBuild,
    cache: EventFileCache,
    *,
    jobs: int | None,
    say: Callable[[str], None],
) -> Delta | None:
    """The changes since the last build, or ``None`` (saying why to ``say``) when only a
    full build can give what a full build gives."""
    facts = index.facts()
    if not facts:
        say("no index of a last build in the cache: reading every file")
        return None
    now = build_facts(events_dir, db_path)
    for name, why in (
        ("versions", "the validating or store code changed"),
        ("events", "the last build read another events folder"),
        ("database", "the database is not the one the last build wrote"),
        ("ledger", "the proposals' ledger changed"),
    ):
        if facts.get(name) != now[name]:
            say(f"{why}: reading every file")
            return None
    found = load_changes(
        events_dir, index, lambda paths: {p: row[1] for p, row in index.files_at(paths).items()},
        cache, jobs=jobs,
    )  # fmt: skip
    if found.problems:
        say("a changed file has problems: reading every file to report them as a full build does")
        return None
    touched = [*found.records, *found.removed]
    if any(path.startswith(AGREEMENTS_DIR + os.sep) for path in touched):
        say("an agreement file changed: reading every file")
        return None
    if len(touched) > MAX_SHARE * max(found.listed, 1):
        say(f"{len(touched)} of {found.listed} files changed: reading every file")
        return None
    # What a full build checks across every event, asked of the index about the few
    # records touched (the files outside ``touched`` hold what they held).
    delta = Delta(gone_paths=sorted(touched))
    rows = index.files_at([*touched, *found.same])
    changed_ids = [record.id for record, _ in found.records.values()]
    defined = index.records(changed_ids, outside=touched)
    for record, origin in found.records.values():
        if not isinstance(record, Event) or record.id in defined:
            say(f"{record.id!r} is defined twice: reading every file to report it")
            return None
        defined.add(record.id)  # a second changed file of the same id is caught too
        delta.changed.append((record, origin))
        delta.files[record.id] = origin
    for path, origin in found.same.items():
        delta.files[rows[path][2]] = origin
        delta.gone_paths.append(path)
    old = {rows[p][2] for p in touched if p in rows}
    named = {n for e, _ in delta.changed for n in e.related}
    named |= {_AGREEMENT + e.agreement for e, _ in delta.changed if e.agreement}
    kept = index.records(old | named, outside=touched) | set(changed_ids)
    delta.removed = old - kept
    delta.gone = old
    added = set(changed_ids) - index.records(changed_ids, outside=())
    for e, _ in delta.changed:
        if (e.agreement and _AGREEMENT + e.agreement not in kept) or not kept.issuperset(e.related):
            say(f"{e.id!r} names an agreement or event not defined: reading every file")
            return None
    if added and index.dropped_links():
        say("events were added and the last build dropped links to rejected proposals: "
            "reading every file")  # fmt: skip
        return None
    try:
        delta.parties, naming = _from_database(db_path, delta.removed)
    except sqlite3.Error as exc:
        say(f"cannot read the database ({exc}): reading every file")
        return None
    if naming - delta.gone:
        say(f"{sorted(naming - delta.gone)[0]!r} names an event removed: reading every file")
        return None
    events, delta.agreements = index.counts(outside=touched)
    delta.events = events + len(changed_ids)
    return delta


def _from_database(db_path: str | Path, removed: set[str]) -> tuple[set[str], set[str]]:
    """From the previous database: the agreements' parties, and the events whose
    ``related`` names one of ``removed``."""
    conn = sqlite3.connect(f"file:{os.path.abspath(db_path)}?mode=ro", uri=True)
    try:
        parties = {a for (a,) in conn.execute("SELECT DISTINCT actor_id FROM agreement_parties")}
        naming: set[str] = set()
        if removed:
            naming = {
                i
                for (i,) in conn.execute(
                    "SELECT DISTINCT e.id FROM events e, json_each(e.related) r "
                    "WHERE r.value IN (SELECT value FROM json_each(?))",
                    [json.dumps(sorted(removed))],
                )
            }
        return parties, naming
    finally:
        conn.close()
