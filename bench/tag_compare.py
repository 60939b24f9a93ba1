"""Write every tag the temporal tagger gives on a set of texts, to compare two taggers.

Usage::

    python bench/tag_compare.py dump OUT FOLDER [FOLDER ...]
    python bench/tag_compare.py diff OLD NEW

A speed change must not change one output. ``dump`` tags every document under the
folders (TempEval ``.tml`` files, MEANTIME and EventStoryLine CAT files, read as
``bench/tempeval.py`` reads them, and plain ``.txt`` files, read as extraction reads
them, ``timeline.corpus.read_document``) with its own creation or publication time
where it has one, with a fixed one (2024-11-04) and with none, and writes one JSON line
per document and DCT: every field of every ``Timex`` (offsets, text, type, value,
``mod``, the calendar interval). Run it once with the old tagger on ``PYTHONPATH``
(a ``git worktree add`` of the old commit) and once with the new one; ``diff`` prints
the first lines that differ and exits 1 if any do. Both print the SHA-256 of the dump.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

from timeline.corpus import read_document
from timeline.temporal import tag

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tempeval import read_cat, read_esc, read_tml

FIXED_DCT = date(2024, 11, 4)


def documents(folder: Path) -> list[tuple[str, str, date | None]]:
    """(name, text, own DCT or None) for every readable file under ``folder``."""
    out: list[tuple[str, str, date | None]] = []
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.suffix == ".txt":
            doc = read_document(path)  # its publication date, as extraction tags it
            out.append((name, doc.text, doc.published))
        elif path.suffix == ".tml":
            doc = read_tml(path)
            out.append((name, doc.text, doc.dct))
        elif path.suffix == ".xml":
            cat = read_esc(path) if path.name.endswith(".xml.xml") else read_cat(path)
            if cat is not None:
                out.append((name, cat.text, cat.dct))
    return out


def dump(out: Path, folders: list[Path]) -> None:
    lines: list[str] = []
    expressions = 0
    for folder in folders:
        for name, text, own in documents(folder):
            for dct in dict.fromkeys([own, FIXED_DCT, None]):
                found = tag(text, dct)
                expressions += len(found)
                row = [
                    [t.start, t.end, t.text, t.type, t.value, t.mod, str(t.interval)] for t in found
                ]
                lines.append(json.dumps([f"{folder.name}/{name}", str(dct), row]))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    out.write_bytes(data)
    print(f"{len(lines)} taggings, {expressions} expressions, sha256 {_sha(data)}")


def diff(old: Path, new: Path) -> int:
    a, b = old.read_bytes(), new.read_bytes()
    print(f"{old}: sha256 {_sha(a)}\n{new}: sha256 {_sha(b)}")
    if a == b:
        print("identical")
        return 0
    shown = 0
    for x, y in zip(a.decode().splitlines(), b.decode().splitlines(), strict=False):
        if x != y and shown < 5:
            print(f"- {x[:400]}\n+ {y[:400]}")
            shown += 1
    print("DIFFERENT")
    return 1


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("folders", nargs="+", type=Path)
    c = sub.add_parser("diff")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out, args.folders)
    else:
        raise SystemExit(diff(args.old, args.new))


if __name__ == "__main__":
    main()
