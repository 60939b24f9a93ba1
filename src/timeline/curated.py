"""The curated dataset in events/: YAML files a person can read, edit and diff.

Layout (see docs/events.md)::

    events/
      2022/2022-03-29-visit-tr-uz.yaml     one file per event, named by its id,
      2024/2024-11-29-entry-into-force-... in the folder of its start year
      agreements/<agreement-id>.yaml       one file per agreement

Each event file holds the fields of :class:`timeline.model.Event`. Loading
validates every file and collects *every* problem of every file before
raising one :class:`~timeline.errors.DataErrors`, each naming the file, the
line and the field::

    events/2022/tokayev-visit.yaml:7: date.end 2022-05-01 is before date.start 2022-05-31
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .collection import Timeline, dangling_references
from .errors import DataError, DataErrors
from .files import atomic_write
from .model import Agreement, Event
from .proposed import rejected
from .yaml_files import dotted, read_yaml_file

__all__ = [
    "Origin",
    "agreement_path",
    "dump_event",
    "event_path",
    "load_events",
    "load_with_origins",
    "write_agreement",
    "write_event",
]

AGREEMENTS_DIR = "agreements"
_FIELD_IN_MESSAGE = re.compile(r"^([a-z_]+(?:\.[a-z_]+)+)\b")


@dataclass
class Origin:
    """Where an event or agreement was read from, and the line of each field."""

    path: Path
    lines: dict[tuple[str | int, ...], int] = field(default_factory=dict)

    def line(self, *loc: str | int) -> int | None:
        """The line of the deepest known node on ``loc`` (1-based)."""
        for end in range(len(loc), -1, -1):
            found = self.lines.get(tuple(loc[:end]))
            if found is not None:
                return found
        return None


def _read_yaml(path: Path, shown: str, root: Path) -> tuple[Any, Origin]:
    data, lines = read_yaml_file(path, shown, inside=root)
    if not isinstance(data, dict):
        raise DataError("must hold a YAML mapping of fields (key: value)", path=shown, line=1)
    return data, Origin(path, lines)


def _errors(exc: ValidationError, origin: Origin, shown: str) -> list[DataError]:
    found = []
    errors = exc.errors()
    if len(errors) > 1:  # an id that could not be derived because of other errors
        errors = [e for e in errors if not (e["type"] == "missing" and tuple(e["loc"]) == ("id",))]
    for err in errors:
        loc = tuple(err["loc"])
        message = str(err["msg"]).removeprefix("Value error, ")
        m = _FIELD_IN_MESSAGE.match(message)
        line_loc: tuple[str | int, ...] = loc
        if m and m.group(1).split(".")[: len(loc)] == [str(p) for p in loc]:
            line_loc = tuple(m.group(1).split("."))
        field_name = dotted(loc) or None
        if err["type"] == "missing":
            message = "is required"
        elif err["type"] == "too_short":
            message = f"needs at least {err['ctx']['min_length']} item; it has none"
        elif err["type"] == "less_than_equal":
            message = f"{err['input']!r} is larger than {err['ctx']['le']}, the most allowed"
        elif err["type"] == "greater_than_equal":
            message = f"{err['input']!r} is less than {err['ctx']['ge']}, the least allowed"
        elif err["type"] == "extra_forbidden":
            message = "is not a field of this record: remove it or check its spelling"
        elif err["type"] in ("enum", "literal_error") and "expected" in err.get("ctx", {}):
            message = f"{err['input']!r} is not allowed: expected {err['ctx']['expected']}"
        found.append(DataError(message, path=shown, line=origin.line(*line_loc), field=field_name))
    return found


def _shown(path: Path, root: Path) -> str:
    try:
        return str(Path(root.name) / path.relative_to(root))
    except ValueError:
        return str(path)


def _yaml_files(folder: Path) -> Iterator[Path]:
    yield from sorted(p for p in folder.rglob("*.yaml") if not p.name.startswith("."))
    yield from sorted(p for p in folder.rglob("*.yml") if not p.name.startswith("."))


def load_with_origins(
    root: str | Path = "events",
) -> tuple[Timeline, dict[str, Origin]]:
    """Like :func:`load_events`, also returning where each event id was read from."""
    if not str(root).strip():  # Path("") is the current folder: never load that by accident
        raise DataError("no events folder given: pass its path, such as 'events'")
    root = Path(root)
    if not root.is_dir():
        raise DataError(
            "is not a folder of event files: create it or pass the right path", path=root
        )
    problems: list[DataError] = []
    events: list[Event] = []
    agreements: list[Agreement] = []
    origins: dict[str, Origin] = {}
    failed: set[str] = set()  # ids of files that did not validate: their own error says why
    for path in _yaml_files(root):
        shown = _shown(path, root)
        is_agreement = path.relative_to(root).parts[0] == AGREEMENTS_DIR
        model: type[BaseModel] = Agreement if is_agreement else Event
        try:
            data, origin = _read_yaml(path, shown, root)
            record = model.model_validate(data)
        except DataError as exc:
            problems.append(exc)
            continue
        except ValidationError as exc:
            problems.extend(_errors(exc, origin, shown))
            if isinstance(data.get("id"), str):
                failed.add(data["id"])
            continue
        record_id = str(getattr(record, "id", ""))
        key = ("agreement:" if is_agreement else "") + record_id
        if key in origins:
            first = _shown(origins[key].path, root)
            problems.append(
                DataError(
                    f"{record_id!r} is already defined in {first}: give one of them another id",
                    path=shown,
                    line=origin.line("id"),
                    field="id",
                )
            )
            continue
        origins[key] = origin
        if isinstance(record, Agreement):
            agreements.append(record)
        elif isinstance(record, Event):
            events.append(record)
    known = {a.id for a in agreements} | failed, {e.id for e in events} | failed
    # a person rejects a proposal by deleting its file: links to it are dropped, not errors
    dropped = rejected(root, known[1])
    for e, field_name, index, target in dangling_references(events, *known):
        if field_name == "related" and target in dropped:
            continue
        origin = origins[e.id]
        if index is None:
            message = (
                f"names agreement {target!r}, which has no file "
                f"{root.name}/{AGREEMENTS_DIR}/{target}.yaml: add it or fix the id"
            )
            where: tuple[str | int, ...] = (field_name,)
        else:
            message = f"names event {target!r}, which is not defined: fix the id or remove it"
            where = (field_name, index)
        problems.append(
            DataError(
                message,
                path=_shown(origin.path, root),
                line=origin.line(*where),
                field=field_name if index is None else f"{field_name}[{index}]",
            )
        )
    if problems:
        raise DataErrors(problems)
    events = [
        e.model_copy(update={"related": [r for r in e.related if r not in dropped]})
        if dropped.intersection(e.related)
        else e
        for e in events
    ]
    timeline = Timeline(events, agreements)
    return timeline, {k: v for k, v in origins.items() if not k.startswith("agreement:")}


def load_events(root: str | Path = "events") -> Timeline:
    """Load and validate every event and agreement file under ``root``.

    Raises :class:`~timeline.errors.DataErrors` listing every problem in
    every file (file, line, field, what to do); nothing is returned partly.

    >>> timeline = load_events("events")
    >>> len(timeline), timeline[0].title
    (35, 'Founding of the Organization of Turkic States')
    """
    return load_with_origins(root)[0]


def event_path(event: Event, root: str | Path = "events") -> Path:
    """Where :func:`write_event` puts an event: ``<root>/<start year>/<id>.yaml``."""
    return Path(root) / f"{event.date.start.year:04d}" / f"{event.id}.yaml"


def agreement_path(agreement: Agreement, root: str | Path = "events") -> Path:
    """Where :func:`write_agreement` puts an agreement: ``<root>/agreements/<id>.yaml``."""
    return Path(root) / AGREEMENTS_DIR / f"{agreement.id}.yaml"


def _plain(record: BaseModel) -> dict[str, Any]:
    data = record.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data.pop("sort_key", None)
    if isinstance(record, Event):
        data["id"] = record.id
        data["review"] = record.review.value
        data["date"].pop("sort_key", None)
        ordered = {k: data[k] for k in Event.model_fields if k in data}
        return ordered
    return data


def dump_event(record: Event | Agreement) -> str:
    """The YAML text of an event or agreement, as written to events/ (stable field order)."""
    return yaml.safe_dump(
        _plain(record), sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
    )


def write_event(event: Event, root: str | Path = "events") -> Path:
    """Write one event to its file (atomically); returns the path."""
    return atomic_write(event_path(event, root), dump_event(event))


def write_agreement(agreement: Agreement, root: str | Path = "events") -> Path:
    """Write one agreement to its file (atomically); returns the path."""
    return atomic_write(agreement_path(agreement, root), dump_event(agreement))
