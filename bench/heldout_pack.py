"""Held-out event gold kept as character offsets, whatever the articles' source.

The project scores extraction on news it never tuned on, and some of that news is not ours
to republish (TempEval-3's newswire, research data) or is kept out of the repository so
that nobody tunes on it (Wikinews splits). Either way the repository keeps only our own
annotation: each gold event with its evidence as offsets into its first document
(``evidence_at: [start, end]``), and each document's SHA-256 beside where its text comes
from. A source module (``bench/te3_events.py``, ``bench/wikinews_events.py``) knows how to
lay an article out in the benches' text layout (title, ``date YYYY-MM-DD``, a blank line,
the body); this module turns a quoted ``gold.yaml`` into the packed form and back, checks
every text against its hash, and writes folders the fitting benches refuse to read (a
``HELD_OUT`` file: ``bench/extraction.py``'s ``is_held_out``).

>>> articles = {"a": "Talks\\ndate 2005-02-04\\n\\nThe sides met on Friday.\\n"}
>>> raw = {"documents": {"a": "europe_1"}, "events": [
...     {"documents": ["a"], "kind": "meeting", "evidence": "The sides met on Friday."}]}
>>> packed = pack_gold(raw, articles, {"a": {"file": "x"}}, "gold.yaml")
>>> packed["events"][0]["evidence_at"], packed["texts"]["a"]["sha256"][:12]
([23, 47], 'f252f3afb750')
>>> unpack_gold(packed, articles, "a.yaml")["events"][0]["evidence"]
'The sides met on Friday.'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from extraction import HELD_OUT_MARKER

#: what a document's name may be, as the stem of the file materialize writes (no path)
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")
#: how many words in a row of an article the annotators' notes may not repeat
RUN_WORDS = 8


class PackError(Exception):
    """A gold file or an article that cannot be packed or rebuilt; the message says which."""


def sha256_of(text: str) -> str:
    """The SHA-256 of an article's text as UTF-8, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def origin_of(name: str, source: Mapping[str, Any]) -> str:
    """Where a document's text comes from, for messages: its file, or its record in a
    repository's file, else its name.

    >>> origin_of("wn1", {"repository": "o/r", "path": "data/x.csv", "record": "ID7"})
    'o/r:data/x.csv#ID7'
    """
    if "file" in source:
        return str(source["file"])
    if "repository" in source:
        return f"{source['repository']}:{source.get('path', '')}#{source.get('record', name)}"
    return name


def read_gold(folder: Path) -> dict[str, Any]:
    """``folder/gold.yaml``: a mapping of ``documents`` and ``events`` (evidence quoted)."""
    gold_path = folder / "gold.yaml"
    raw = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or set(raw) != {"documents", "events"}:
        raise PackError(f"{gold_path}: a gold mapping of documents and events is expected")
    return raw


def pack_gold(
    raw: Mapping[str, Any],
    articles: Mapping[str, str],
    sources: Mapping[str, Mapping[str, Any]],
    where: str,
) -> dict[str, Any]:
    """The packed form of a quoted gold mapping: each evidence as offsets, each text hashed.

    ``articles`` maps each document to its text, ``sources`` to where that text comes from
    (kept under ``texts`` with the hash); ``where`` names the gold file in errors.
    """
    texts: dict[str, dict[str, Any]] = {}
    for name in raw["documents"]:
        key = str(name)
        if key not in articles:
            raise PackError(f"{where}: document {key} has no article")
        texts[key] = {**sources.get(key, {}), "sha256": sha256_of(articles[key])}
    events: list[dict[str, Any]] = []
    for number, event in enumerate(raw["events"] or [], start=1):
        event = dict(event)
        evidence = str(event.pop("evidence", ""))
        first = str(event["documents"][0])
        start = articles[first].find(evidence) if evidence and first in articles else -1
        if start < 0:
            raise PackError(f"{where}: event {number}: its evidence is not in {first}")
        event["evidence_at"] = [start, start + len(evidence)]
        events.append(event)
    return {"documents": raw["documents"], "texts": texts, "events": events}


def unpack_gold(
    packed: Mapping[str, Any], articles: Mapping[str, str], where: str
) -> dict[str, Any]:
    """The quoted gold mapping of a packed one, once every article matches its hash."""
    for name, source in packed["texts"].items():
        text = articles.get(str(name))
        if text is None or sha256_of(text) != source["sha256"]:
            raise PackError(
                f"{origin_of(str(name), source)}: its text is not the one annotated ({where}): "
                "another release or revision of the source?"
            )
    events = []
    for event in packed["events"]:
        event = dict(event)
        start, end = event.pop("evidence_at")
        event["evidence"] = articles[str(event["documents"][0])][start:end]
        events.append(event)
    return {"documents": packed["documents"], "events": events}


def _runs(text: str, size: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def lines_quoting(notes: str, articles: Mapping[str, str], size: int = RUN_WORDS) -> list[int]:
    """The lines of ``notes`` (numbered from 1) where a run of ``size`` words of an article
    starts (case and punctuation ignored; a run may go on to the next line): article text
    the repository must not carry.

    >>> article = {"a": "The two foreign ministers met in Geneva on Monday for talks."}
    >>> lines_quoting("Met on Monday.\\nthe two foreign ministers met in\\nGeneva on Monday",
    ...               article)
    [2]
    """
    quoted = set().union(*(_runs(text, size) for text in articles.values()))
    words = [
        (word, number)
        for number, line in enumerate(notes.splitlines(), start=1)
        for word in re.findall(r"\w+", line.lower())
    ]
    found = {
        words[i][1]
        for i in range(len(words) - size + 1)
        if tuple(word for word, _ in words[i : i + size]) in quoted
    }
    return sorted(found)


def write_packed(target: Path, header: str, body: Mapping[str, Any]) -> Path:
    """Write a packed split atomically (a temporary file, then a rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dumped = yaml.safe_dump(dict(body), sort_keys=False, allow_unicode=True, width=100)
    temporary = target.with_suffix(".yaml.tmp")
    temporary.write_text(header + dumped, encoding="utf-8")
    temporary.replace(target)
    return target


def packed_splits(packed: Path) -> list[Path]:
    """The packed split files of a folder, in name order; none is an error."""
    files = sorted(packed.glob("*.yaml"))
    if not files:
        raise PackError(f"{packed}: no packed split")
    return files


def write_folder(
    folder: Path,
    articles: Mapping[str, str],
    gold: Mapping[str, Any],
    packed_name: str,
    held_out: bool = True,
) -> Path:
    """A new folder: the articles as ``<name>.txt``, ``gold.yaml``, and for a held-out split
    the ``HELD_OUT`` file."""
    if folder.exists() and any(folder.iterdir()):
        raise PackError(
            f"{folder}: not empty; materialize into a new folder (old articles would be scored)"
        )
    for name in articles:
        if not _PLAIN_NAME.fullmatch(name):
            raise PackError(
                f"{packed_name}: document name {name!r} is not a plain file name "
                "(letters, digits, '.', '_', '-'): refused, nothing written"
            )
    folder.mkdir(parents=True, exist_ok=True)
    if held_out:  # the fitting benches refuse a folder holding it (extraction.is_held_out)
        (folder / HELD_OUT_MARKER).write_text(f"held out: {packed_name}\n", encoding="utf-8")
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "gold.yaml").write_text(
        yaml.safe_dump(dict(gold), sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8",
    )
    return folder
