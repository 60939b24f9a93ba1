"""The ledger of proposals, ``events/.proposed.txt``: what `timeline propose` wrote, and when.

One line per event id ``timeline propose`` ever wrote into the folder, with
the SHA-256 of the bytes it last wrote to that event's file::

    # (comment lines)
    2022-05-10-visit-kz-tr sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08

The ledger answers two questions (docs/extraction.md, "Review workflow"):

* **Did a person edit this proposal?** The file's bytes no longer hash to the
  recorded value (or no value is recorded): propose then keeps the file as
  the person left it, whatever the extraction says now.
* **Did a person reject it?** The id is listed but no file defines it:
  propose does not write it again, and a ``related`` link to it from another
  event is dropped when events/ is loaded (:func:`rejected`), so deleting a
  proposal's file is all a person has to do.

The ledger is committed with the data; the loader skips dotfiles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from .errors import DataError
from .files import atomic_write

__all__ = ["LEDGER", "digest", "read_ledger", "rejected", "write_ledger"]

#: The ledger's file name, inside the events folder.
LEDGER = ".proposed.txt"

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HASH = re.compile(r"^sha256:[0-9a-f]{64}$")

_HEADER = (
    "# Every event id `timeline propose` has written into this folder, one a line, with\n"
    "# the SHA-256 of what it last wrote to the event's file. A file whose bytes differ\n"
    "# was edited by a person: propose keeps it. An id whose file is gone was rejected:\n"
    "# it is not proposed again, and links to it are dropped. Remove an id from this\n"
    "# list to let it be proposed anew.\n"
)


def digest(data: bytes | str) -> str:
    """``sha256:<hex>`` of a file's bytes (str is encoded as UTF-8)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    return "sha256:" + hashlib.sha256(payload).hexdigest()


def read_ledger(root: str | Path) -> dict[str, str | None]:
    """The ledger of ``root``: id -> recorded hash (``None`` for a line with an id only).

    A missing ledger is empty. Raises :class:`~timeline.errors.DataError`
    naming the line for anything else than ``id`` or ``id sha256:<hex>``.
    """
    path = Path(root) / LEDGER
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot be read: {exc}", path=path) from None
    out: dict[str, str | None] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) > 2 or not _ID.match(parts[0]):
            raise DataError(
                f"{line!r} is not an event id: keep one id (and its hash) per line",
                path=path,
                line=n,
            )
        if len(parts) == 2 and not _HASH.match(parts[1]):
            raise DataError(
                f"{parts[1]!r} is not a hash like sha256:<64 hex digits>: fix it, or keep "
                "the id alone (propose then treats the file as edited by a person)",
                path=path,
                line=n,
            )
        out[parts[0]] = parts[1] if len(parts) == 2 else None
    return out


def write_ledger(root: str | Path, entries: Mapping[str, str | None]) -> None:
    """Write the ledger (sorted by id) atomically; unchanged text is not rewritten."""
    path = Path(root) / LEDGER
    lines = (f"{i} {entries[i]}\n" if entries[i] else f"{i}\n" for i in sorted(entries))
    text = _HEADER + "".join(lines)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    atomic_write(path, text)


def rejected(root: str | Path, defined: Iterable[str]) -> set[str]:
    """Ids a person rejected: in the ledger of ``root``, defined by no file.

    An unreadable ledger rejects nothing here; :func:`read_ledger` reports it
    when `timeline propose` runs.
    """
    try:
        listed = read_ledger(root)
    except DataError:
        return set()
    return set(listed) - set(defined)
