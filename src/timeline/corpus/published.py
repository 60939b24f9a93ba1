"""Infer a publication date the page does not state, from the article itself.

Relative dates ("on Tuesday", "this fall") can only be resolved against the
document creation time (DCT, TimeML's ``functionInDocument="CREATION_TIME"``),
so an article without a stated date still needs one. The temporal tagger
(:func:`timeline.temporal.tag`, run without a DCT) finds every date; this
module reasons about them the way a reader does:

1. The article was written no earlier than the **latest explicit, fully
   specified date** it mentions (a year written out: ``May 3, 2022``,
   ``April 2025``). Its year is the anchor year.
2. A **month named without a year** in the anchor year refines that: told in
   the past ("In the end of May, Tokayev made ...", "in October of this
   year, Erdoğan signed ...") it moves the earliest possible date forward; told
   in the future ("will take place in November") it bounds the latest. A
   month before the anchor's month is ambiguous without "this year" and is
   not used.
3. ``published`` is the **earliest date consistent with the evidence**, the
   window's other end and every cue used are kept in the evidence text, and
   the document is marked ``published_inferred``.

A person can always overwrite the result in ``metadata.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import TimexError
from ..timex import DateMod, interval_for

__all__ = ["Inference", "infer_published"]

_EXPLICIT_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[/T]|$)")
_MONTH_ONLY = re.compile(r"^(?:XXXX|\d{4})-(\d{2})$")
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")
_THIS_YEAR = re.compile(r"\bthis year\b", re.IGNORECASE)
#: Future markers in the clause of a month name ("will take place in November").
_FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|to be held|upcoming|scheduled|planned|expected to|"
    r"set to|due to|next)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;]\s|\n")


@dataclass(frozen=True, slots=True)
class Inference:
    """An inferred publication date with its window and the reasoning."""

    published: date
    latest: date | None
    evidence: str


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _CLAUSE_END.finditer(text, max(0, start - 300), start):
        left = m.end()
    m2 = _CLAUSE_END.search(text, end, min(len(text), end + 300))
    return left, (m2.start() if m2 else min(len(text), end + 300))


def _mod(timex: Any) -> DateMod | None:
    mod = getattr(timex, "mod", None)
    if mod is None or isinstance(mod, DateMod):
        return mod
    return DateMod.from_timeml(str(mod))


def infer_published(text: str, timexes: list[Any], in_body: Any = None) -> Inference | None:
    """Infer the publication date of ``text`` from its temporal expressions.

    ``timexes`` are the tagger's results for ``text`` tagged without a DCT
    (objects with ``start``, ``end``, ``text``, ``type``, ``value`` and
    optionally ``mod``); ``in_body(start, end)`` keeps only those in the
    article body. Returns ``None`` when the text names no explicit date.
    """
    chosen = [
        t for t in timexes if t.type == "DATE" and (in_body is None or in_body(t.start, t.end))
    ]
    latest: tuple[date, Any] | None = None
    for t in chosen:
        if not _EXPLICIT_VALUE.match(t.value) or not _YEAR_WRITTEN.search(t.text):
            continue
        try:
            start = interval_for(t.value.split("/")[0].split("T")[0], _mod(t)).start
        except TimexError:
            continue
        if latest is None or start > latest[0]:
            latest = (start, t)
    if latest is None:
        return None
    anchor, anchor_timex = latest
    year = anchor.year
    lower, upper = anchor, None
    reasons = [
        f"latest explicit date {anchor_timex.text!r} (line {_line(text, anchor_timex.start)})"
    ]
    for t in chosen:
        match = _MONTH_ONLY.match(t.value)
        if match is None or _YEAR_WRITTEN.search(t.text):
            continue
        month = int(match.group(1))
        left, right = _clause(text, t.start, t.end)
        this_year = bool(_THIS_YEAR.search(text, left, right))
        if month < anchor.month and not this_year:
            continue
        try:
            interval = interval_for(f"{year}-{month:02d}", _mod(t))
        except TimexError:
            continue
        where = f"line {_line(text, t.start)}"
        if _FUTURE.search(text, left, t.start) or _FUTURE.search(text, t.end, right):
            if upper is None or interval.end < upper:
                upper = interval.end
                reasons.append(f"{t.text!r} is ahead ({where}): by {interval.end.isoformat()}")
        elif interval.start > lower:
            lower = interval.start
            reasons.append(f"{t.text!r} is past ({where}): on or after {lower.isoformat()}")
    if upper is not None and upper < lower:
        reasons.append(f"ignored the bound {upper.isoformat()}, which is before the earliest date")
        upper = None
    for m in _THIS_YEAR.finditer(text):
        if in_body is None or in_body(m.start(), m.end()):
            reasons.append(f"'this year' (line {_line(text, m.start())}) read as {year}")
            break
    window = (
        f"between {lower.isoformat()} and {upper.isoformat()}"
        if upper is not None
        else f"on or after {lower.isoformat()}"
    )
    evidence = f"inferred {window}, earliest taken: " + "; ".join(reasons)
    return Inference(lower, upper, evidence)
