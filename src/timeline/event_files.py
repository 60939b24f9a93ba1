"""The files of events/: where each record's file is, their listing, where a record was read.

Layout (see docs/events.md)::

    events/
      2022/2022-03-29-visit-tr-uz.yaml     one file per event, named by its id,
      2024/2024-11-29-entry-into-force-... in the folder of its start year
      agreements/<agreement-id>.yaml       one file per agreement

The files are listed in a stable order (every ``*.yaml``, then every ``*.yml``, each
by its path's parts), the files of ``agreements/`` holding agreements and the others
events. An :class:`Origin` keeps the file a record was read from, and reads the line
of a field when a message asks for one.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import DataError
from .model import Agreement, Event
from .yaml_files import Lines, read_yaml_file

__all__ = [
    "AGREEMENTS_DIR",
    "EventFile",
    "Origin",
    "agreement_path",
    "event_path",
    "list_event_files",
    "listed_order",
]

AGREEMENTS_DIR = "agreements"


@dataclass(slots=True)
class Origin:
    """Where an event or agreement was read from, and the line of each field.

    The lines are read from the file when a message first asks for one (``lines``
    is ``None`` until then): keeping them for every field of every file would
    cost more time and memory than the events themselves. The file's path is
    kept as text (``file``), its :class:`~pathlib.Path` made when asked for: a
    build holds an origin per event, and a ``Path`` and an instance dictionary
    each took more memory than the rest of it (590 bytes an event).
    """

    #: the file's path, as text (:attr:`path` is the same as a ``Path``)
    file: str
    lines: Lines | None = None
    #: what the record was made from: its file's
    #: :meth:`~timeline.events_cache.EventFileCache.key` (its bytes and the validating code),
    #: and the links dropped from it (the database's ``_event_digests``)
    digest: str | None = None
    #: its file's :meth:`~timeline.events_cache.EventFileCache.key`, and the
    #: :func:`~timeline.events_cache.file_stat` it had when its bytes gave that key (``None``
    #: when not taken, or too recent to be trusted: :func:`~timeline.events_cache.settled`)
    key: str | None = None
    stat: str | None = None

    @property
    def path(self) -> Path:
        """The file's path."""
        return Path(self.file)

    def line(self, *loc: str | int) -> int | None:
        """The line of the deepest known node on ``loc`` (1-based)."""
        if self.lines is None:
            try:
                self.lines = read_yaml_file(self.path, self.file)[1]
            except DataError:  # changed since it was read: no line rather than a wrong one
                self.lines = {}
        for end in range(len(loc), -1, -1):
            found = self.lines.get(tuple(loc[:end]))
            if found is not None:
                return found
        return None


@dataclass(frozen=True)
class EventFile:
    """One file of events/: its path, its name in messages, and what it holds.

    Paths are kept as text: a ``Path`` per file (made, then turned back into text to
    be opened and recorded) cost the builder about a tenth of its share of validating
    100,000 files (docs/history/scale-log.md, "The cold build, thirty-fourth session").
    """

    path: str
    shown: str
    model: type[Event] | type[Agreement]
    #: the absolute path (``os.path.abspath``), what the cache's stats are kept by
    absolute: str


def list_event_files(root: Path) -> list[EventFile]:
    """Every event and agreement file under ``root``, in a stable order."""
    top = str(root)
    cut = len(top) + 1  # os.walk joins the folder given and a separator
    # each text as a join would give it (``root / relative`` for the path: without the
    # "./" os.walk gives under "."), as a prefix and the relative path, which never starts
    # with a separator: a join per file cost more than the rest of the loop
    path_prefix = str(root / "_")[:-1]
    shown_prefix = os.path.join(root.name, "")
    absolute_prefix = os.path.join(os.path.abspath(top), "")
    in_agreements = AGREEMENTS_DIR + os.sep
    found = []
    for path in _yaml_paths(top):
        relative = path[cut:]
        found.append(
            EventFile(
                path_prefix + relative,
                shown_prefix + relative,
                Agreement if relative.startswith(in_agreements) else Event,
                absolute_prefix + relative,
            )
        )
    return found


def _yaml_files(folder: Path) -> Iterator[Path]:
    """The files ``*.yaml``, then ``*.yml``, under ``folder`` (not hidden ones), each sorted
    by their parts (the order of Path's own comparison): what ``folder.rglob`` finds for
    each pattern (:func:`_yaml_paths`)."""
    return map(Path, _yaml_paths(str(folder)))


def _yaml_paths(folder: str) -> list[str]:
    """The paths of :func:`_yaml_files` as text, each ``folder``, a separator and the rest.

    One walk of the tree with names as text, sorted by their parts at a tenth of
    the cost of Path's comparison (rglob walked it once per pattern, making a Path
    of every entry: a third of the time of a build from the cache). Like rglob, it
    does not enter linked folders, and it lists a folder named like a YAML file
    (reading it says what is wrong).
    """
    yaml_paths: list[str] = []
    yml_paths: list[str] = []
    join = os.path.join
    for where, folders, files in os.walk(folder):
        for name in itertools.chain(files, folders):
            if name.startswith("."):
                continue
            if name.endswith(".yaml"):
                yaml_paths.append(join(where, name))
            elif name.endswith(".yml"):
                yml_paths.append(join(where, name))
    return sorted(yaml_paths, key=_parts) + sorted(yml_paths, key=_parts)


def _parts(path: str) -> list[str]:
    return path.split(os.sep)


def listed_order(path: str) -> tuple[bool, list[str]]:
    """Where :func:`_yaml_paths` puts ``path``: the ``*.yaml`` files first, each by parts."""
    return not path.endswith(".yaml"), path.split(os.sep)


def event_path(event: Event, root: str | Path = "events") -> Path:
    """Where :func:`~timeline.event_writer.write_event` puts an event:
    ``<root>/<start year>/<id>.yaml``."""
    return Path(root) / f"{event.date.start.year:04d}" / f"{event.id}.yaml"


def agreement_path(agreement: Agreement, root: str | Path = "events") -> Path:
    """Where :func:`~timeline.event_writer.write_agreement` puts an agreement:
    ``<root>/agreements/<id>.yaml``."""
    return Path(root) / AGREEMENTS_DIR / f"{agreement.id}.yaml"
