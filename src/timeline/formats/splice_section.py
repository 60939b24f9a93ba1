"""The splice of one section: the previous file's items kept as byte ranges, the
changed events' items put at their sorted place, the removed events' dropped.

:func:`splice_section` gives the pieces of a section after an edit (new bytes,
or ranges of the previous file to copy) and the section as the span index then
holds it; :mod:`.splice` writes the pieces of every section of a file.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping
from itertools import accumulate
from typing import NamedTuple

from ..errors import ExportError
from .contract import Section

__all__ = [
    "CannotSplice",
    "Piece",
    "emptied",
    "renumbered",
    "splice_section",
    "without_body",
]

#: A piece of a spliced file: new bytes, ``(offset, length)`` in the previous file, or
#: ``(offset, length, first)``: that range with its items numbered again from ``first``.
Piece = bytes | memoryview | tuple[int, int] | tuple[int, int, int]


class CannotSplice(Exception):
    """Why the exports are rendered in full instead."""


def without_body(section: Section) -> Section:
    """The section as the span index holds it: its layout, keys and lengths, not its bytes."""
    return Section(
        [],
        section.lengths,
        section.keys,
        section.aux,
        section.separator,
        section.opener,
        section.closer,
        section.by_event_key,
        section.descending,
        section.limit,
        section.numbered,
        section.tail,
        section.digest,
    )


def emptied(section: Section) -> Section:
    """A section of the same layout with no item."""
    empty = without_body(section)
    empty.keys, empty.lengths, empty.digest = [], array("Q"), None
    empty.aux = [] if section.aux is not None else None
    return empty


def _find(section: Section, key: str) -> int | None:
    """Where the item of ``key`` is in the section, or ``None``."""
    keys = section.keys
    if section.descending:
        at = len(keys) - bisect_right(keys[::-1], key)
        return at if at < len(keys) and keys[at] == key else None
    at = bisect_left(keys, key)
    return at if at < len(keys) and keys[at] == key else None


def _place(section: Section, key: str) -> int:
    """Where an item of ``key`` goes among the section's items (before the first after it)."""
    if section.descending:
        return len(section.keys) - bisect_right(section.keys[::-1], key)
    return bisect_left(section.keys, key)


def splice_section(
    old: Section,
    start: int,
    gone: Collection[str],
    old_keys: Mapping[str, str],
    new: Section,
    events: int,
) -> tuple[list[Piece], Section]:
    """The pieces of a section after the splice, and the section as the index holds it.

    ``old`` begins at byte ``start`` of the previous file; the items of the
    events ``gone`` (changed or removed: ``old_keys`` gives their recorded
    order key) are dropped and ``new``'s items (the changed events', rendered
    alone) put at their place. ``events`` is how many events the timeline
    holds, for a section with a ``limit`` (kept from its start, or with
    ``tail`` from its end).
    """
    keys = old.keys
    count = len(keys)
    dropped: set[int] = set()
    if old.by_event_key:
        for event_id in gone:
            key = old_keys.get(event_id)
            at = _find(old, key) if key is not None else None
            if at is not None:
                dropped.add(at)
    elif gone:
        wanted = set(gone)
        dropped = {i for i, key in enumerate(keys) if key.rsplit("\0", 1)[1] in wanted}
    inserts: dict[int, list[tuple[str, bytes, str]]] = {}
    new_aux = new.aux if new.aux is not None else [""] * len(new)
    for key, item, aux in zip(new.keys, new.items(), new_aux, strict=True):
        inserts.setdefault(_place(old, key), []).append((key, item, aux))
    if not dropped and not inserts:  # untouched: the section as it was, one range
        return ([(start, old.size())] if count else []), without_body(old)
    order: list[_Run | _New] = []  # the section's items in order
    cursor = 0
    for at in sorted(dropped | inserts.keys()):
        if cursor < at:
            order.append(_Run(cursor, at))
        order.extend(_New(*item) for item in inserts.get(at, ()))
        cursor = at + 1 if at in dropped else at
    if cursor < count:
        order.append(_Run(cursor, count))
    total = sum(len(entry) if isinstance(entry, _Run) else 1 for entry in order)
    limit = old.limit if old.limit is not None else total
    if total > limit:
        order = _cut(order, total - limit, from_start=old.tail)
    if old.limit is not None and count >= old.limit:  # the section held only some events
        for entry in order:
            if isinstance(entry, _New) and _beyond(old, entry.key):
                raise CannotSplice(
                    f"an entry came into a section of the {old.limit} most recent events "
                    "from beyond it, where the events not kept may come first"
                )
    if order == [_Run(0, count)]:  # the new items fell beyond the limit: as it was
        return [(start, old.size())], without_body(old)
    pieces, spliced = _section_pieces(old, start, order)
    if old.limit is not None and len(spliced) < old.limit and events > len(spliced):
        raise CannotSplice(
            f"an entry left a section of the {old.limit} most recent events and the next one's "
            "is not kept"
        )
    return pieces, spliced


def _beyond(section: Section, key: str) -> bool:
    """Whether an item of ``key`` would sort beyond the kept end of a full limited section
    (before its first item for a ``tail``, after its last otherwise)."""
    keys = section.keys
    if section.tail:
        return key < keys[0]
    return key < keys[-1] if section.descending else key > keys[-1]


class _Run(NamedTuple):
    """Items ``first`` to ``end`` (excluded) of the previous section, copied."""

    first: int
    end: int

    def __len__(self) -> int:
        return self.end - self.first


class _New(NamedTuple):
    """A changed event's item, rendered alone: its key, bytes and auxiliary text."""

    key: str
    item: bytes
    aux: str


def _cut(order: list[_Run | _New], surplus: int, *, from_start: bool) -> list[_Run | _New]:
    """``order`` without ``surplus`` items at its start (``from_start``) or its end."""
    out = list(order) if from_start else list(reversed(order))
    while surplus:
        first = out[0]
        if isinstance(first, _Run):
            take = min(surplus, len(first))
            a, b = first
            rest = _Run(a + take, b) if from_start else _Run(a, b - take)
            out[0:1] = [rest] if len(rest) else []
            surplus -= take
        else:
            del out[0]
            surplus -= 1
    return out if from_start else list(reversed(out))


def _section_pieces(
    old: Section, start: int, order: list[_Run | _New]
) -> tuple[list[Piece], Section]:
    """The pieces that write ``order``'s items (old runs copied, new items as bytes)."""
    keys, lengths, separator = old.keys, old.lengths, old.separator
    offsets = list(accumulate(lengths, initial=0))
    base = start + len(old.opener)
    step = len(separator)

    def item_start(i: int) -> int:
        return base + offsets[i] + i * step

    pieces: list[Piece] = []
    out_keys: list[str] = []
    out_lengths = array("Q")
    out_aux: list[str] | None = [] if old.aux is not None else None
    for entry in order:
        if out_keys:
            pieces.append(separator)
        if isinstance(entry, _Run):
            a, b = entry
            where = (item_start(a), item_start(b - 1) + lengths[b - 1] - item_start(a))
            shift = len(out_keys) - a
            if old.numbered is not None and shift:  # the items' positions change
                pieces.append((*where, len(out_keys) + 1))
                out_lengths.extend(
                    lengths[i] + len(str(i + 1 + shift)) - len(str(i + 1)) for i in range(a, b)
                )
            else:
                pieces.append(where)
                out_lengths.extend(lengths[a:b])
            out_keys.extend(keys[a:b])
            if out_aux is not None and old.aux is not None:
                out_aux.extend(old.aux[a:b])
        else:
            key, item, aux = entry
            if old.numbered is not None:
                item = _numbered(item, old.numbered, len(out_keys) + 1)
            pieces.append(item)
            out_keys.append(key)
            out_lengths.append(len(item))
            if out_aux is not None:
                out_aux.append(aux)
    if out_keys:
        pieces = [old.opener, *pieces, old.closer]
    spliced = without_body(old)
    if out_keys != keys:  # (the same strings mostly: compared by identity first)
        spliced.digest = None
    spliced.keys, spliced.lengths, spliced.aux = out_keys, out_lengths, out_aux
    return pieces, spliced


# --- the update ---------------------------------------------------------------------------


def _numbered(item: bytes, marker: bytes, position: int) -> bytes:
    """``item`` (``marker`` and a number first) with ``position`` as its number."""
    if not item.startswith(marker):
        raise ExportError(f"a numbered item does not begin with {marker!r}")
    digits = len(item) - len(item[len(marker) :].lstrip(b"0123456789")) - len(marker)
    return marker + str(position).encode() + item[len(marker) + digits :]


def renumbered(data: bytes, marker: bytes, first: int) -> bytes:
    """Every item of ``data`` (each begins with ``marker`` and a number) numbered from ``first``."""
    numbers = iter(range(first, first + len(data)))
    pattern = re.compile(re.escape(marker) + rb"[0-9]+")
    return pattern.sub(lambda _match: marker + str(next(numbers)).encode(), data)
