"""One event file's bytes validated: its record, or its problems with their lines.

Each problem is a :class:`~timeline.errors.DataError` naming the file, the line and
the field, in words a person editing the file can act on (pydantic's messages
rewritten: "is required", "is not a field of this record: remove it or check its
spelling")::

    events/2022/tokayev-visit.yaml:7: date.end 2022-05-01 is before date.start 2022-05-31

The lines of the fields are read only when the file has a problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import ValidationError

from .errors import DataError
from .event_files import Origin
from .model import Agreement, Event
from .yaml_files import dotted, parse_yaml

__all__ = ["FileOutcome", "file_outcome"]

#: A field named at the start of a validator's message ("date.end ... is before ..."):
#: the problem is at its line.
_FIELD_IN_MESSAGE = re.compile(r"^([a-z_]+(?:\.[a-z_]+)+)\b")


@dataclass(frozen=True)
class FileOutcome:
    """What reading one file gave: its validated record, or its problems and the id it
    gives (a file that does not validate is not an error for those who name its id)."""

    record: Event | Agreement | None
    problems: list[DataError]
    claimed_id: str | None = None


def file_outcome(
    model: type[Event] | type[Agreement], shown: str, path: str, data: bytes
) -> FileOutcome:
    """Parse and validate the bytes ``data`` of the file at ``path`` (named ``shown`` in
    messages) holding a ``model``: its record, or its problems (the lines of the fields are
    read only then)."""
    try:
        value, _ = parse_yaml(data, shown, with_lines=False)
        if not isinstance(value, dict):
            raise DataError("must hold a YAML mapping of fields (key: value)", path=shown, line=1)
        return FileOutcome(model.model_validate(value), [])
    except DataError as exc:
        return FileOutcome(None, [exc])
    except ValidationError as exc:
        origin = Origin(path, parse_yaml(data, shown)[1])
        claimed = value.get("id")
        return FileOutcome(
            None, _errors(exc, origin, shown), claimed if isinstance(claimed, str) else None
        )


def _errors(exc: ValidationError, origin: Origin, shown: str) -> list[DataError]:
    """The problems pydantic found, each at the line of its field, in words a person acts on."""
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
