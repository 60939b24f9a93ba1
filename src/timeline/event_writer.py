"""Writing events/: one YAML file per event or agreement, as a person would write it.

The fields in the model's order, defaults and empty values left out, so that a file
reads, diffs and edits well; each file written atomically, where
:func:`~timeline.event_files.event_path` and
:func:`~timeline.event_files.agreement_path` put it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from .event_files import agreement_path, event_path
from .files import atomic_write
from .model import Agreement, Event

__all__ = ["dump_event", "write_agreement", "write_event"]


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
