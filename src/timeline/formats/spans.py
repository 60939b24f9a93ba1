"""Per-event spans cut from rendered bytes, for the formats' splice rules.

A format renders its file in one call (orjson is fast) and finds afterwards
where each event's item begins and ends, by a boundary the serializer cannot
write anywhere else: in JSON indented by orjson, an item of a list at a known
depth starts with a line break and exactly that many spaces, and no string
holds a raw line break. :func:`json_list_section` does that cut; the formats
whose items are written one by one (CSV rows, iCalendar VEVENTs) know their
lengths as they write them and build the :class:`~.contract.Section` directly.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from functools import lru_cache

from ..collection import Timeline
from ..errors import ExportError
from ..model import Event
from .contract import RenderOptions, Section, SpannedFile, event_key

__all__ = ["compact_list_section", "event_keys", "json_list_section", "timeline_keys"]


def event_keys(events: Sequence[Event]) -> list[str]:
    """Each event's :func:`~.contract.event_key`."""
    return [event_key(e.date.sort_key, e.id) for e in events]


def timeline_keys(timeline: Timeline, options: RenderOptions) -> list[str]:
    """Each of the timeline's events' :func:`~.contract.event_key`, in its order:
    ``options.order_keys`` when they are this timeline's, else computed."""
    known = options.order_keys
    if known is not None and len(known) == len(timeline.events):
        return known
    return event_keys(timeline.events)


def json_list_section(
    data: bytes,
    member: bytes,
    depth: int,
    keys: list[str],
    aux: list[str] | None = None,
) -> SpannedFile:
    """``data`` (orjson, two-space indent) as a frame around the items of one list.

    ``member`` is the list's key as written (``b'"events"'``), at ``depth``
    (1 for a member of the document); ``keys`` the items' order keys, one per
    item in file order. The items are the list's elements, each from its
    ``{`` to its ``}``; the separator is ``,`` and a line break with the
    items' indent. Raises :class:`ExportError` if the cut does not find one
    item per key (a serializer that writes otherwise than this expects).
    """
    inner = b"\n" + b"  " * (depth + 1)
    head_mark = b"\n" + b"  " * depth + member + b": ["
    at = data.find(head_mark)
    if at < 0:
        raise ExportError(f"no {member.decode()} list found in the rendered file")
    head_end = at + len(head_mark)
    separator, opener, closer = b"," + inner, inner, b"\n" + b"  " * depth
    if data.startswith(b"]", head_end):  # an empty list: "[]"
        if keys:
            raise ExportError(f"the {member.decode()} list is empty, {len(keys)} items expected")
        return SpannedFile(
            [data[:head_end], data[head_end:]],
            [Section([], array("Q"), [], aux, separator, opener, closer)],
        )
    end = data.find(closer + b"]", head_end)
    # every item starts with the inner indent then "{": one scan in C, not a find per item
    item = _item_start(inner)
    starts = [found.end() - 1 for found in item.finditer(data, head_end, end)]
    if len(starts) != len(keys):
        raise ExportError(
            f"found {len(starts)} items in the {member.decode()} list, not {len(keys)}"
        )
    ends = [s - len(separator) for s in starts[1:]] + [end]
    lengths = array("Q", [e - s for s, e in zip(starts, ends, strict=True)])
    body = memoryview(data)[head_end : end + len(closer)]
    return SpannedFile(
        [data[:head_end], data[end + len(closer) :]],
        [Section([body], lengths, keys, aux, separator, opener, closer)],
        whole=data,
    )


@lru_cache(maxsize=8)
def _item_start(inner: bytes) -> re.Pattern[bytes]:
    """The beginning of an item of an indented list: its line break, indent and ``{``."""
    return re.compile(re.escape(inner + b"{"))


def compact_list_section(
    data: bytes,
    start: int,
    end: int,
    item: re.Pattern[bytes],
    keys: list[str],
    aux: list[str] | None = None,
    numbered: bytes | None = None,
) -> tuple[Section, int, int]:
    """The items of a compact JSON list (no white space) from ``data[start:end]``.

    ``start`` and ``end`` bound the list's content (after ``[``, before
    ``]``); ``item`` matches the beginning of an item and nothing else there
    (keys in a fixed order, which a string cannot hold: its quotes are
    escaped). Returns the section and where it begins and ends.
    """
    starts = [m.start() for m in item.finditer(data, start, end)]
    if len(starts) != len(keys) or (starts and starts[0] != start):
        raise ExportError(f"found {len(starts)} items in a list, not {len(keys)}")
    ends = [s - 1 for s in starts[1:]] + [end] if starts else []
    lengths = array("Q", [e - s for s, e in zip(starts, ends, strict=True)])
    body: list[bytes | memoryview] = [memoryview(data)[start:end]]
    section = Section(body, lengths, keys, aux, separator=b",", numbered=numbered)
    return section, start, end
