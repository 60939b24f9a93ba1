"""The JSON timeline of an extraction, written as the merged events come, never held whole.

``timeline extract -o FILE.json`` writes what
:func:`timeline.formats.timeline_json.dumps` writes for the whole timeline,
byte for byte, but from a :class:`~timeline.merge.Merged`: the events are
read back one at a time in timeline order, turned into JSON a thousand at a
time by the JSON format's own :func:`~timeline.formats.timeline_json.to_json`,
and written out, so memory does not grow with the number of events
(``tests/extract/test_run.py`` checks the bytes against the in-memory way).
The file is written atomically (:func:`timeline.files.atomic_path`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..collection import Timeline
from ..errors import ExportError
from ..files import atomic_path, os_error_message
from ..formats.timeline_json import json_bytes, to_json
from ..merge import Merged
from ..model import Event

__all__ = ["json_pieces", "write_json"]

#: Events turned into JSON at once: large enough for pydantic's batch dump to pay.
_CHUNK = 1000
_EMPTY = b'"events": []'


def _chunks(events: Iterator[Event]) -> Iterator[list[Event]]:
    chunk: list[Event] = []
    for event in events:
        chunk.append(event)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def json_pieces(merged: Merged) -> Iterator[bytes]:
    """The JSON timeline of ``merged`` in pieces; joined, the bytes of
    ``json_bytes(to_json(Timeline(list(merged), merged.agreements)))``."""
    head, tail = json_bytes(to_json(Timeline([], merged.agreements))).split(_EMPTY, 1)
    yield head
    if not len(merged):
        yield _EMPTY + tail
        return
    yield b'"events": ['
    separator = b"\n"
    for chunk in _chunks(iter(merged)):
        # "[\n  {\n    ...\n  }\n]\n": the events one level deeper in the document
        inner = json_bytes(to_json(Timeline(chunk))["events"])[2:-3]
        yield separator + b"\n".join(b"  " + line for line in inner.split(b"\n"))
        separator = b",\n"
    yield b"\n  ]" + tail


def write_json(merged: Merged, target: str | Path | BinaryIO) -> None:
    """Write the JSON timeline of ``merged`` to the file ``target`` (atomically) or to the
    binary stream ``target``."""
    if not isinstance(target, str | Path):
        for piece in json_pieces(merged):
            target.write(piece)
        return
    with atomic_path(target) as tmp:
        try:
            with tmp.open("wb") as out:
                for piece in json_pieces(merged):
                    out.write(piece)
        except OSError as exc:
            raise ExportError(f"cannot write {target}: {os_error_message(exc)}") from None
